#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample FILE` (read from stdin).

Prints the methods most often on top of the stack (self time), and for every sample the
innermost org.passage frame (where in Passage the time goes, including library calls made
from there). Usage: jfr print --events jdk.ExecutionSample x.jfr | python3 jfr_top.py [N]
"""

import collections
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 25
frame_re = re.compile(r"^\s+(?:at\s+)?([\w$.<>]+)\(.*?\)(?:\s+line:\s*(\d+))?")

self_counts = collections.Counter()
passage_counts = collections.Counter()
passage_inclusive = collections.Counter()
passage_callee = collections.Counter()
samples = 0
stack = None
for line in sys.stdin:
    if "stackTrace = [" in line:
        stack = []
        continue
    if stack is not None:
        if line.strip().startswith("]"):
            if stack:
                samples += 1
                self_counts[stack[0]] += 1
                k = next((k for k, f in enumerate(stack) if f.startswith("org.passage.")), None)
                inner = stack[k] if k is not None else None
                if k:
                    passage_callee["%s -> %s" % (stack[k], stack[k - 1])] += 1
                passage_counts[inner or "(no org.passage frame)"] += 1
                for f in set(f for f in stack if f.startswith("org.passage.")):
                    passage_inclusive[f] += 1
            stack = None
            continue
        m = frame_re.match(line)
        if m:
            stack.append(m.group(1))

if not samples:
    print("  no execution samples found")
    sys.exit(0)


def show(title, counter):
    print("  %s (%d samples)" % (title, samples))
    for name, n in counter.most_common(N):
        print("  %5.1f%%  %6d  %s" % (100.0 * n / samples, n, name))
    print()


show("top of stack (self)", self_counts)
show("innermost org.passage frame", passage_counts)
show("innermost org.passage frame -> the library method it called", passage_callee)
show("org.passage methods on the stack (inclusive)", passage_inclusive)
