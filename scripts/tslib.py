"""Reading and writing Qt Linguist .ts files in lupdate's own layout.

The writer reproduces what lupdate writes (indentation, escaping, element order), so a file
read and written back unchanged is byte-identical and later lupdate runs produce small diffs.
Only Python's standard library is used.
"""

import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
INDENT = "    "
# Elements lupdate writes as <name .../> when they have no content.
SELF_CLOSING = {"location"}
# Translation types that no longer correspond to a message in the sources.
GONE_TYPES = {"vanished", "obsolete"}


def load(path):
    """Parses a .ts file and returns its <TS> root element."""
    return ET.parse(path).getroot()


def escape(text):
    """Escapes text the way lupdate does, entities for quotes included."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append('<byte value="x%x"/>' % code)
        else:
            out.append(ch)
    return "".join(out)


def _attributes(element):
    return "".join(' %s="%s"' % (name, escape(value)) for name, value in element.attrib.items())


def _inline(element):
    """Serializes an element that holds text, possibly with inline children such as <byte/>."""
    inner = escape(element.text or "")
    for child in element:
        inner += _inline(child) + escape(child.tail or "")
    if not inner and (element.tag in SELF_CLOSING or element.tag == "byte"):
        return "<%s%s/>" % (element.tag, _attributes(element))
    return "<%s%s>%s</%s>" % (element.tag, _attributes(element), inner, element.tag)


def _has_block_children(element):
    # Only element-only content is laid out on separate lines; mixed content stays inline.
    children = list(element)
    if not children or (element.text or "").strip():
        return False
    return all(child.tag != "byte" for child in children)


def _write(element, depth, lines):
    pad = INDENT * depth
    if _has_block_children(element):
        lines.append("%s<%s%s>" % (pad, element.tag, _attributes(element)))
        for child in element:
            _write(child, depth + 1, lines)
        lines.append("%s</%s>" % (pad, element.tag))
    else:
        lines.append(pad + _inline(element))


def serialize(root):
    """Returns the text lupdate would write for the <TS> root element."""
    lines = ["<TS%s>" % _attributes(root)]
    for child in root:
        # lupdate does not indent the elements directly under <TS>.
        if _has_block_children(child):
            lines.append("<%s%s>" % (child.tag, _attributes(child)))
            for grandchild in child:
                _write(grandchild, 1, lines)
            lines.append("</%s>" % child.tag)
        else:
            lines.append(_inline(child))
    lines.append("</TS>")
    return HEADER + "\n".join(lines) + "\n"


def save(root, path):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(serialize(root))


def messages(root):
    """Yields (context name, <message> element) for every message in the file."""
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.findall("message"):
            yield name, message


def is_gone(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") in GONE_TYPES


def translation_forms(message):
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        return forms or [""]
    return [translation.text or ""]


def is_unfinished(message):
    """True when the message still needs a translator: marked unfinished or missing text."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    return any(not form.strip() for form in translation_forms(message))


def set_translation(message, text):
    """Stores `text` as the finished translation (in every plural form of a numerus message)."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        for form in forms:
            form.text = text
    else:
        translation.text = text
