#!/usr/bin/env python3
"""Tests scripts/check_tr.py, scripts/ts_merge.py and scripts/check_translations.py on small
fixtures written to a scratch folder; lupdate is the real one."""

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ.get("DWS_SOURCE_DIR") or os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(SOURCE_DIR, "scripts")
LUPDATE = "lupdate"

FIXTURE_CPP = textwrap.dedent("""\
    #include <QLabel>
    class Pane : public QWidget
    {
        Q_OBJECT
    public:
        void build()
        {
            label->setText(tr("Cluster name"));
            button->setToolTip(tr("Delete the snapshot '%1'").arg(name));
            setWindowTitle(tr("%n cluster(s)", nullptr, count));
        }
    };
    """)


def run_script(name, *args):
    return subprocess.run([sys.executable, os.path.join(SCRIPTS, name), *args],
                          capture_output=True, text=True, encoding="utf-8")


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


class CheckTrTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def findings(self, code):
        path = os.path.join(self.folder.name, "Widget.cpp")
        write(path, code)
        result = run_script("check_tr.py", path)
        lines = [int(line.split(":")[1]) for line in result.stdout.splitlines()
                 if line.startswith(path + ":")]
        return result.returncode, lines, result.stdout

    def test_reports_bare_literals_in_visible_calls(self):
        code = textwrap.dedent("""\
            void f() {
                label->setText("Cluster name");
                setWindowTitle(QStringLiteral("DWS Console"));
                QMessageBox::warning(this, tr("Title"), QLatin1String("Something failed"));
                auto* ok = new QPushButton("Create", this);
                box->setToolTip(ready ? "Ready" : tr("Busy"));
                menu->addAction(QIcon::fromTheme("edit-copy"), "Copy");
                console.errLine("Unknown command " + name);
                QLabel caption("Nodes");
            }
            """)
        status, lines, output = self.findings(code)
        self.assertEqual(status, 1, output)
        self.assertEqual(lines, [2, 3, 4, 5, 6, 7, 8, 9], output)
        self.assertIn("translations/incoming", output)

    def test_accepts_translated_machine_and_marked_text(self):
        code = textwrap.dedent("""\
            void f() {
                label->setText(tr("Cluster name"));
                label->setText(QCoreApplication::translate("dws::Ctx", "Snapshot"));
                label->setText(tr("%1 of %2").arg(QStringLiteral("ignored by rule")));
                label->setText(QStringLiteral("%1 / %2").arg(a, b));
                setObjectName(QStringLiteral("Cluster Pane"));
                menu->addAction(QIcon::fromTheme("document-new"), tr("New"));
                addRow("profileRow", widget);
                console.errLine(QLatin1String("dwsctl: ") + message);
                label->setText(QStringLiteral("DWS")); // i18n-ignore: product name
                // i18n-ignore: unit symbol shared by both languages
                label->setText(QStringLiteral("GB"));
                static const char* names[] = {QT_TR_NOOP("Available")};
                // label->setText("commented out");
            }
            """)
        status, lines, output = self.findings(code)
        self.assertEqual((status, lines), (0, []), output)

    def test_header_data_returns(self):
        code = textwrap.dedent("""\
            QVariant Model::headerData(int section, Qt::Orientation, int role) const
            {
                if (section == 0)
                    return tr("Name");
                if (section == 1)
                    return QStringLiteral("Status");
                return "Created";
            }
            """)
        status, lines, output = self.findings(code)
        self.assertEqual((status, lines), (1, [6, 7]), output)

    def test_missing_path_is_an_error(self):
        result = run_script("check_tr.py", os.path.join(self.folder.name, "nope"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("no such file", result.stderr)


class TsMergeTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        root = self.folder.name
        self.source = os.path.join(root, "Pane.cpp")
        self.ts = os.path.join(root, "fixture_zh_CN.ts")
        self.incoming = os.path.join(root, "incoming")
        self.list = os.path.join(root, "sources.lst")
        os.mkdir(self.incoming)
        write(self.source, FIXTURE_CPP)
        write(self.list, self.source + "\n")
        self.lupdate()

    def lupdate(self, ts=None):
        subprocess.run([LUPDATE, "@" + self.list, "-locations", "none", "-ts", ts or self.ts],
                       check=True, capture_output=True)

    def translations(self):
        found = {}
        for message in ET.parse(self.ts).getroot().iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found[message.findtext("source")] = (translation.get("type"), forms)
        return found

    def check_translations(self):
        return run_script("check_translations.py", "--lupdate", LUPDATE, "--list", self.list,
                          "--ts", self.ts, "--", "-locations", "none")

    def test_merge_marks_finished_and_reports_unmatched(self):
        write(os.path.join(self.incoming, "pane.tsv"),
              "# comments are kept\n"
              "Pane\tCluster name\t集群名称\n"
              "Pane\tDelete the snapshot '%1'\t删除快照“%1”\n"
              "Pane\t%n cluster(s)\t%n 个集群\n"
              "Pane\tNot in the code\t不存在\n"
              "Wrong\tCluster name\t集群名称\n"
              "broken line without tabs\n")
        result = run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        found = self.translations()
        self.assertEqual(found["Cluster name"], (None, ["集群名称"]))
        self.assertEqual(found["Delete the snapshot '%1'"], (None, ["删除快照“%1”"]))
        self.assertEqual(found["%n cluster(s)"], (None, ["%n 个集群"]))
        self.assertIn("[Pane] 'Not in the code'", result.stdout)
        self.assertIn("[Wrong] 'Cluster name'", result.stdout)
        self.assertIn("pane.tsv:7: expected context", result.stdout)
        self.assertIn("update_translations", result.stdout)
        # Without --consume the incoming file is untouched.
        self.assertIn("Pane\tCluster name", read(os.path.join(self.incoming, "pane.tsv")))
        strict = run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming, "--strict")
        self.assertEqual(strict.returncode, 1)

    def test_layout_survives_lupdate(self):
        write(os.path.join(self.incoming, "pane.tsv"), "Pane\tCluster name\t集群 & “名称” <1>\n")
        run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming)
        merged = read(self.ts)
        self.assertIn("集群 &amp; “名称” &lt;1&gt;", merged)
        self.lupdate()
        self.assertEqual(read(self.ts), merged, "lupdate rewrote the merged file")

    def test_consume_removes_only_merged_lines(self):
        done = os.path.join(self.incoming, "done.tsv")
        partial = os.path.join(self.incoming, "partial.tsv")
        write(done, "Pane\tCluster name\t集群名称\n")
        write(partial, "Pane\t%n cluster(s)\t%n 个集群\nPane\tLater\t稍后\n")
        result = run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming, "--consume")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertFalse(os.path.exists(done))
        self.assertEqual(read(partial), "Pane\tLater\t稍后\n")

    def test_missing_incoming_folder_merges_nothing(self):
        before = read(self.ts)
        missing = os.path.join(self.folder.name, "no-such-folder")
        result = run_script("ts_merge.py", "--ts", self.ts, "--incoming", missing, "--strict")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("0 line(s) merged", result.stdout)
        self.assertEqual(read(self.ts), before)

    def test_escapes_and_disambiguation(self):
        write(self.source, FIXTURE_CPP.replace(
            'tr("Cluster name")', 'tr("Cluster name") + tr("Line one\\nline two") + tr("Open", "verb") + tr("Open", "state")'))
        self.lupdate()
        write(os.path.join(self.incoming, "pane.tsv"),
              "Pane\tLine one\\nline two\t第一行\\n第二行\nPane\tOpen\t打开\tverb\n")
        run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming)
        root = ET.parse(self.ts).getroot()
        by_key = {(m.findtext("source"), m.findtext("comment")): m.find("translation")
                  for m in root.iter("message")}
        self.assertEqual(by_key[("Line one\nline two", None)].text, "第一行\n第二行")
        self.assertEqual(by_key[("Open", "verb")].text, "打开")
        self.assertEqual(by_key[("Open", "state")].get("type"), "unfinished")

    def test_check_translations_lists_unfinished_until_merged(self):
        before = read(self.ts)
        result = self.check_translations()
        self.assertEqual(result.returncode, 1)
        self.assertIn("Pane\tCluster name", result.stdout)
        self.assertIn("3 of 3 message(s)", result.stdout)
        self.assertIn("translations/incoming", result.stdout)
        self.assertEqual(read(self.ts), before, "the tracked file must not change")

        write(os.path.join(self.incoming, "pane.tsv"),
              "Pane\tCluster name\t集群名称\nPane\tDelete the snapshot '%1'\t删除快照“%1”\n"
              "Pane\t%n cluster(s)\t%n 个集群\n")
        run_script("ts_merge.py", "--ts", self.ts, "--incoming", self.incoming)
        self.assertEqual(self.check_translations().returncode, 0)

        # A string added to the code without a translation fails the check again,
        # even though the .ts file was not updated.
        write(self.source, FIXTURE_CPP.replace('tr("Cluster name")', 'tr("Cluster ID")'))
        result = self.check_translations()
        self.assertEqual(result.returncode, 1)
        self.assertIn("Pane\tCluster ID", result.stdout)
        self.assertNotIn("Pane\tCluster name", result.stdout)  # vanished, not counted


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="lupdate")
    options, remaining = parser.parse_known_args()
    LUPDATE = options.lupdate
    unittest.main(argv=[sys.argv[0], *remaining])
