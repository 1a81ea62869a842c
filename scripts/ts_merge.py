#!/usr/bin/env python3
"""Merges translations/incoming/*.tsv into translations/dwsconsole_zh_CN.ts.

Each non-empty line of an incoming file reads
    context<TAB>English source<TAB>Chinese[<TAB>disambiguation comment]
with \\n, \\t and \\\\ standing for a newline, a tab and a backslash; lines starting with #
are comments. A line merges into every message of the .ts with the same context and source
(and comment, when given), which is then marked finished. Lines that match nothing are
reported: usually the string is not in the .ts yet (build the target update_translations
first), or the context is not the class name tr() uses.

    scripts/ts_merge.py             merge, report, keep the incoming files
    scripts/ts_merge.py --consume   also delete merged lines (and files left empty)
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tslib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unescape(field):
    out = []
    chars = iter(field)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
    return "".join(out)


class Entry:
    def __init__(self, path, number, line, fields):
        self.path = path
        self.number = number
        self.line = line
        self.context = unescape(fields[0])
        self.source = unescape(fields[1])
        self.translation = unescape(fields[2])
        self.comment = unescape(fields[3]) if len(fields) > 3 else None

    def where(self):
        return "%s:%d" % (os.path.relpath(self.path), self.number)


def read_incoming(path, problems):
    """Returns (entries, all raw lines) of one incoming file."""
    entries = []
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (3, 4) or not fields[1] or not fields[2].strip():
            problems.append(
                "%s:%d: expected context<TAB>source<TAB>translation[<TAB>comment], got %d field(s)"
                % (os.path.relpath(path), number, len(fields))
            )
            continue
        entries.append(Entry(path, number, line, fields))
    return entries, lines


def index_messages(root):
    index = {}
    for context, message in tslib.messages(root):
        if tslib.is_gone(message):
            continue
        source = message.findtext("source", default="")
        index.setdefault((context, source), []).append(message)
    return index


def merge(entries, index):
    """Applies the entries; returns (merged entries, unmatched entries, changed translations)."""
    merged, unmatched, changed = [], [], []
    for entry in entries:
        candidates = index.get((entry.context, entry.source), [])
        if entry.comment is not None:
            candidates = [m for m in candidates if m.findtext("comment", default="") == entry.comment]
        if not candidates:
            unmatched.append(entry)
            continue
        for message in candidates:
            finished = not tslib.is_unfinished(message)
            previous = tslib.translation_forms(message)
            if finished and any(form != entry.translation for form in previous):
                changed.append((entry, previous[0]))
            tslib.set_translation(message, entry.translation)
        merged.append(entry)
    return merged, unmatched, changed


def consume(path, lines, merged_numbers):
    kept = [line for number, line in enumerate(lines, start=1) if number not in merged_numbers]
    if not any(line.strip() and not line.lstrip().startswith("#") for line in kept):
        os.remove(path)
        return "deleted"
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(kept) + "\n")
    return "%d line(s) left" % sum(1 for line in kept if line.strip())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ts", default=os.path.join(ROOT, "translations", "dwsconsole_zh_CN.ts"))
    parser.add_argument("--incoming", default=os.path.join(ROOT, "translations", "incoming"),
                        help="folder of .tsv files, or one .tsv file")
    parser.add_argument("--consume", action="store_true",
                        help="delete merged lines from the incoming files, and files left empty")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when a line does not match or is malformed")
    args = parser.parse_args(argv)

    if os.path.isdir(args.incoming):
        paths = sorted(os.path.join(args.incoming, name)
                       for name in os.listdir(args.incoming) if name.endswith(".tsv"))
    elif os.path.exists(args.incoming):
        paths = [args.incoming]
    else:
        paths = []

    try:
        root = tslib.load(args.ts)
    except (OSError, tslib.ET.ParseError) as error:
        print("ts_merge: cannot read %s: %s" % (args.ts, error), file=sys.stderr)
        return 2
    index = index_messages(root)

    problems, all_unmatched, total_merged = [], [], 0
    files = []
    for path in paths:
        entries, lines = read_incoming(path, problems)
        merged, unmatched, changed = merge(entries, index)
        total_merged += len(merged)
        all_unmatched += unmatched
        files.append((path, lines, {entry.number for entry in merged}))
        print("%s: %d merged, %d unmatched" % (os.path.relpath(path), len(merged), len(unmatched)))
        for entry, previous in changed:
            print("  %s: replaced earlier translation %r of [%s] %r"
                  % (entry.where(), previous, entry.context, entry.source))

    if total_merged:
        before = open(args.ts, encoding="utf-8").read()
        after = tslib.serialize(root)
        if after != before:
            tslib.save(root, args.ts)
    print("%s: %d line(s) merged" % (os.path.relpath(args.ts), total_merged))

    for problem in problems:
        print("malformed: " + problem)
    if all_unmatched:
        print("\n%d line(s) matched no message in %s (kept in their files):"
              % (len(all_unmatched), os.path.relpath(args.ts)))
        for entry in all_unmatched:
            print("  %s: [%s] %r" % (entry.where(), entry.context, entry.source))
        print("If the string is new, build the target update_translations and merge again; "
              "otherwise check that the context is the class name tr() uses and that the "
              "source is spelled exactly as in the code.")

    if args.consume:
        for path, lines, numbers in files:
            if numbers:
                print("%s: %s" % (os.path.relpath(path), consume(path, lines, numbers)))

    if args.strict and (problems or all_unmatched):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
