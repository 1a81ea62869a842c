#!/usr/bin/env python3
"""Fails when a translatable string of DWS Console has no finished Chinese translation.

Runs lupdate over every translated source into a temporary copy of the Chinese catalogue (the
tracked file is never modified), then lists each message that is unfinished or has an empty
translation. Messages that vanished from the sources are not counted.

    scripts/check_translations.py --lupdate /usr/lib/qt6/bin/lupdate \\
        --list build/translations/lupdate-sources.lst --ts translations/dwsconsole_zh_CN.ts
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tslib  # noqa: E402

HOW_TO_FIX = """\
How to fix: for each string above, add a line
    context<TAB>English source<TAB>Chinese
to translations/incoming/<your-name>.tsv (context = the class name tr() uses, or the context
passed to QCoreApplication::translate), then build the target update_translations and run
scripts/ts_merge.py. Or build update_translations and translate in Qt Linguist:
    linguist translations/dwsconsole_zh_CN.ts
Chinese follows the DWS reference's wording (可用, 创建中, 快照中, 扩容中, ...)."""


def unfinished_messages(root):
    for context, message in tslib.messages(root):
        if not tslib.is_gone(message) and tslib.is_unfinished(message):
            yield context, message.findtext("source", default=""), message.findtext("comment", default="")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", required=True, help="the lupdate executable")
    parser.add_argument("--list", required=True, help="lupdate list file naming the sources")
    parser.add_argument("--ts", required=True, help="the tracked Chinese .ts file")
    parser.add_argument("lupdate_options", nargs="*", help="extra lupdate options, after --")
    args = parser.parse_args(argv)

    for path in (args.list, args.ts):
        if not os.path.isfile(path):
            print("check_translations: no such file: " + path, file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="dws-ts-check-") as folder:
        scratch = os.path.join(folder, os.path.basename(args.ts))
        shutil.copyfile(args.ts, scratch)
        command = [args.lupdate, "@" + args.list, *args.lupdate_options, "-ts", scratch]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print("check_translations: lupdate failed (%d):\n%s%s"
                  % (run.returncode, run.stdout, run.stderr), file=sys.stderr)
            return 2
        root = tslib.load(scratch)

    missing = list(unfinished_messages(root))
    total = sum(1 for _, message in tslib.messages(root) if not tslib.is_gone(message))
    if not missing:
        print("check_translations: all %d message(s) have a finished Chinese translation." % total)
        return 0
    print("%d of %d message(s) lack a finished Chinese translation in %s:\n"
          % (len(missing), total, os.path.relpath(args.ts)))
    for context, source, comment in missing:
        note = "  (comment: %s)" % comment if comment else ""
        print("%s\t%s%s" % (context, source.replace("\n", "\\n"), note))
    print("\n" + HOW_TO_FIX)
    return 1


if __name__ == "__main__":
    sys.exit(main())
