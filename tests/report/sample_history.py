#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes a crafted history of 121 days up to DAY (YYYY-MM-DD, default today) to standard
# output: a daily session on two days of three, and mid-run numbness on known days (the
# numbness stayed on two of them), for the report's browser test and its picture.
import datetime
import sys

today = datetime.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else datetime.date.today()
out = ["# stretch history, format 3\n"]
for back in range(120, -1, -1):
    day = today - datetime.timedelta(days=back)
    if back % 3 != 1:
        out.append(f"{day}T07:00:00+01:00\tdaily\tdone\t{600 + back % 5 * 60}\t20\t20\t-\t-\t32\n")
    if back in (80, 41, 20, 9, 2):
        gone = "no" if back in (20, 2) else "yes"
        out.append(f"{day}T18:30:00+01:00\tmidrun\tdone\t370\t27\t28\tGive it a few steps. Is the feeling back in "
                   f"your feet?=no;Has the numbness gone?={gone}\tnumbness\t30\n")
    if back == 5:
        out.append(f"{day}T18:30:00+01:00\tmidrun\tdone\t100\t4\t28\tGive it a few steps. Is the feeling back in "
                   "your feet?=yes\tnumbness\t8\n")
sys.stdout.write("".join(out))
