# SPDX-License-Identifier: MIT
# bash completion for stretch: commands, options and their values, routine names (asked of
# `stretch list --names` at completion time, so your own routines complete too) and
# routine files.

_stretch_routines()
{
    command stretch list --names 2>/dev/null
}

# The routines that have a reminder, for `remind remove`.
_stretch_reminders()
{
    command stretch remind list --names 2>/dev/null
}

# Adds routine files (*.stretch) and folders to COMPREPLY.
_stretch_files()
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY+=($(compgen -d -- "$cur") $(compgen -f -X '!*.stretch' -- "$cur"))
}

_stretch()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="run hold list show check history report new edit import remind path"
    local plan_options="--reps --side --scale --ready"
    local run_options="$plan_options --dry-run --plain --no-plain --big --no-big --sound --no-bell --voice --no-voice --vibrate --no-vibrate --no-log --no-status --no-notify --history-dir --device-name --color --theme --config --help"
    COMPREPLY=()

    case $prev in
        --history-dir)
            COMPREPLY=($(compgen -d -- "$cur"))
            return ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            return ;;
        --side)
            COMPREPLY=($(compgen -W "left right both" -- "$cur"))
            return ;;
        --sound)
            COMPREPLY=($(compgen -W "tones bell off" -- "$cur"))
            return ;;
        --theme)
            COMPREPLY=($(compgen -W "auto dark light" -- "$cur"))
            return ;;
        --config|--output|-o)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --from)
            COMPREPLY=($(compgen -W "$(_stretch_routines)" -- "$cur"))
            return ;;
        --reps|--scale|--ready|--last|--since|--until|--as|--device|--device-name)
            return ;;
    esac

    # The command, whether an argument has been given yet, and the first one.
    local command= given= first= i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --reps|--side|--scale|--ready|--color|--theme|--sound|--config|--from|--last|--since|--until|--as|--output|-o|--history-dir|--device|--device-name) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    case " $commands " in
                        *" $word "*) command=$word ;;
                        *) command=run given=1 first=$word ;;
                    esac
                else
                    [[ -z $given ]] && first=$word
                    given=$((given + 1))
                fi ;;
        esac
    done

    if [[ $cur == -* ]]; then
        local options
        case $command in
            ""|run) options="$run_options --version" ;;
            hold) options="$run_options" ;;
            list) options="--names --color --theme --help" ;;
            show) options="--source $plan_options --color --theme --help" ;;
            check) options="--lint --strict --color --theme --help" ;;
            history) options="--last --since --tsv --device --check --history-dir --device-name --color --theme --help" ;;
            new) options="--from --force --replace-builtin --help" ;;
            import) options="--as --force --replace-builtin --help" ;;
            remind)
                case $first in
                    list) options="--names --help" ;;
                    remove) options="--help" ;;
                    *) options="--weekdays --help" ;;
                esac ;;
            report) options="--since --until -o --output --history-dir --device-name --help" ;;
            path) options="--history-dir --device-name --help" ;;
            edit) options="--help" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    case $command in
        "")
            COMPREPLY=($(compgen -W "$commands $(_stretch_routines)" -- "$cur"))
            _stretch_files ;;
        run|show)
            if [[ -z $given ]]; then
                COMPREPLY=($(compgen -W "$(_stretch_routines)" -- "$cur"))
                _stretch_files
            fi ;;
        check)
            COMPREPLY=($(compgen -W "$(_stretch_routines)" -- "$cur"))
            _stretch_files ;;
        edit)
            [[ -z $given ]] && COMPREPLY=($(compgen -W "$(_stretch_routines)" -- "$cur")) ;;
        import)
            [[ -z $given ]] && _stretch_files ;;
        remind)
            if [[ -z $given ]]; then
                COMPREPLY=($(compgen -W "list remove $(_stretch_routines)" -- "$cur"))
            elif [[ $given == 1 && $first == remove ]]; then
                COMPREPLY=($(compgen -W "$(_stretch_reminders)" -- "$cur"))
            fi ;;
        path)
            [[ -z $given ]] && COMPREPLY=($(compgen -W "routines installed history config builtins" -- "$cur")) ;;
    esac
}

complete -F _stretch stretch
