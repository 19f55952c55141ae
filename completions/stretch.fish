# SPDX-License-Identifier: MIT
# fish completion for stretch: commands, options and their values, routine names (asked of
# `stretch list --names` at completion time, so your own routines complete too) and
# routine files.

function __stretch_routines
    command stretch list --names 2>/dev/null
end

# The command being completed, then the arguments given to it so far, one a line: run (also
# for `stretch ROUTINE`, whose routine is its first argument), list, show...; "" before any.
function __stretch_words
    set -l words (commandline -opc)
    set -l skip 0
    set -l command ''
    set -l args
    for word in $words[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $word
            case --reps --side --scale --ready --color --theme --sound --config --from --last --since --until --as --output -o --history-dir --device --device-name
                set skip 1
            case '-?*'
            case '*'
                if test -z "$command"
                    if contains -- $word run hold list show check history report new edit import remind path
                        set command $word
                        continue
                    end
                    set command run
                end
                set -a args $word
        end
    end
    printf '%s\n' "$command" $args
end

# True when the command is one of $argv.
function __stretch_is
    set -l words (__stretch_words)
    contains -- "$words[1]" $argv
end

# True when the command is one of $argv and has no argument yet.
function __stretch_first
    set -l words (__stretch_words)
    contains -- "$words[1]" $argv; and test (count $words) -eq 1
end

# True where a routine name (or a routine file) may come: the first argument of run, show
# and edit, any argument of check.
function __stretch_wants_routine
    set -l words (__stretch_words)
    test (count $words) -eq 1; and contains -- "$words[1]" '' run show edit; and return 0
    test "$words[1]" = check
end

# Routine files and folders to look in, never other files (fish's own helper offers every
# file after those with the suffix).
function __stretch_files
    __fish_complete_suffix .stretch | string match -r -- '^.*(?:\.stretch|/)$'
end

# The reminders set, for `remind remove`.
function __stretch_reminders
    command stretch remind list --names 2>/dev/null
end

function __stretch_removing
    set -l words (__stretch_words)
    test "$words[1]" = remind; and test (count $words) -eq 2; and test "$words[2]" = remove
end

function __stretch_listing_reminders
    set -l words (__stretch_words)
    test "$words[1]" = remind; and test (count $words) -ge 2; and test "$words[2]" = list
end

complete -c stretch -f
complete -c stretch -n '__stretch_first ""' -a 'run hold list show check history report new edit import remind path' -d command
complete -c stretch -n '__stretch_wants_routine' -a '(__stretch_routines)' -d routine
complete -c stretch -n '__stretch_wants_routine; and not __stretch_is edit' -a '(__stretch_files)'

complete -c stretch -s h -l help -d 'Show the usage'
complete -c stretch -n '__stretch_is ""' -l version -d 'Show the version'
complete -c stretch -n '__stretch_is ""' -l config -r -F -d 'Read settings from this file'
complete -c stretch -n '__stretch_is "" run hold list show check history' -l color -x -a 'auto always never' -d 'Use color'
complete -c stretch -n '__stretch_is "" run hold list show check history' -l theme -x -a 'auto dark light' -d 'Colors for a dark or light background'
complete -c stretch -n '__stretch_is "" run hold show' -l reps -x -d 'Reps of every exercise with timed steps'
complete -c stretch -n '__stretch_is "" run hold show' -l side -x -a 'left right both' -d 'Only this side'
complete -c stretch -n '__stretch_is "" run hold show' -l scale -x -d 'Multiply every hold, relax and rest'
complete -c stretch -n '__stretch_is "" run hold show' -l ready -x -d 'Lead-in, in seconds'
complete -c stretch -n '__stretch_is "" run hold' -l dry-run -d 'Print the timeline and exit'
complete -c stretch -n '__stretch_is "" run hold' -l plain -d 'One line per event'
complete -c stretch -n '__stretch_is "" run hold' -l no-plain -d 'Redraw in place, whatever the settings say'
complete -c stretch -n '__stretch_is "" run hold' -l big -d 'Large digits'
complete -c stretch -n '__stretch_is "" run hold' -l no-big -d 'Small digits, whatever the settings say'
complete -c stretch -n '__stretch_is "" run hold' -l sound -x -a 'tones bell off' -d 'What marks each change'
complete -c stretch -n '__stretch_is "" run hold' -l no-bell -d 'No sound at all'
complete -c stretch -n '__stretch_is "" run hold' -l voice -d 'Speak each cue'
complete -c stretch -n '__stretch_is "" run hold' -l no-voice -d 'No voice, whatever the settings say'
complete -c stretch -n '__stretch_is "" run hold' -l vibrate -d 'Buzz the phone at each change'
complete -c stretch -n '__stretch_is "" run hold' -l no-vibrate -d 'No buzz, whatever the settings say'
complete -c stretch -n '__stretch_is "" run hold' -l no-log -d 'Do not log this session'
complete -c stretch -n '__stretch_is "" run hold' -l no-status -d 'No window title or progress bar'
complete -c stretch -n '__stretch_is "" run hold' -l no-notify -d 'No desktop notification'
complete -c stretch -n '__stretch_is "" run hold history report path' -l history-dir -x -a '(__fish_complete_directories)' -d 'The history folder'
complete -c stretch -n '__stretch_is "" run hold path history report' -l device-name -x -d 'This device\'s name in the history'
complete -c stretch -n '__stretch_is check' -l lint -d 'Also the linter warnings'
complete -c stretch -n '__stretch_is check' -l strict -d 'Fail on the linter warnings'
complete -c stretch -n '__stretch_is import' -l as -x -d 'Keep it under this name'
complete -c stretch -n '__stretch_is import' -l force -d 'Replace yours'
complete -c stretch -n '__stretch_is import' -l replace-builtin -d 'Take the name of a built-in routine'
complete -c stretch -n '__stretch_first import' -a '(__stretch_files)'
complete -c stretch -n '__stretch_first remind' -a 'list remove' -d command
complete -c stretch -n '__stretch_first remind' -a '(__stretch_routines)' -d routine
complete -c stretch -n '__stretch_removing' -a '(__stretch_reminders)' -d reminder
complete -c stretch -n '__stretch_is remind' -l weekdays -d 'Only Monday to Friday'
complete -c stretch -n '__stretch_is list' -l names -d 'Bare names, one per line'
complete -c stretch -n '__stretch_listing_reminders' -l names -d 'Bare routine names'
complete -c stretch -n '__stretch_is show' -l source -d 'Print the file text'
complete -c stretch -n '__stretch_is history' -l last -x -d 'How many sessions'
complete -c stretch -n '__stretch_is history report' -l since -x -d 'From this day on (YYYY-MM-DD)'
complete -c stretch -n '__stretch_is report' -l until -x -d 'Up to this day (YYYY-MM-DD)'
complete -c stretch -n '__stretch_is report' -s o -l output -r -F -d 'Write the page to this file'
complete -c stretch -n '__stretch_is history' -l tsv -d 'Tab-separated lines'
complete -c stretch -n '__stretch_is history' -l device -x -d 'Only this device'
complete -c stretch -n '__stretch_is history' -l check -d 'What the history holds, file by file'
complete -c stretch -n '__stretch_is new' -l from -x -a '(__stretch_routines)' -d 'Start from a copy'
complete -c stretch -n '__stretch_is new' -l force -d 'Replace yours'
complete -c stretch -n '__stretch_is new' -l replace-builtin -d 'Take the name of a built-in routine'
complete -c stretch -n '__stretch_first path' -a 'routines installed history config builtins'
