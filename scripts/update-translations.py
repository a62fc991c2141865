#!/usr/bin/env python3
"""Refreshes resources/translations/*.ts from the sources and keeps their translations.

lupdate 6.4 does not understand C++17 nested namespaces (`namespace attain::ui {`), so it files
strings from code under `MainWindow` while tr() looks them up under `attain::ui::MainWindow`, and
strings of free functions under `attain::ui` while their file-local tr() uses `attain::ui::File`.
This script runs lupdate, moves code strings to the right context (Designer forms keep theirs),
and carries every existing translation over by its source text and disambiguation.

Usage: scripts/update-translations.py [LUPDATE]   (default /usr/lib/qt6/bin/lupdate)
"""
import glob, subprocess, sys
import xml.etree.ElementTree as ET

LUPDATE = sys.argv[1] if len(sys.argv) > 1 else '/usr/lib/qt6/bin/lupdate'

def key(message):
    """Source and disambiguation: the same text can read differently in two places ("%1 %2")."""
    comment = message.find('comment')
    return message.find('source').text, comment.text if comment is not None else None

def translations(root):
    known = {}
    for m in root.iter('message'):
        tr = m.find('translation')
        if tr is None or tr.get('type') in ('unfinished',):
            continue
        forms = [f.text for f in tr.findall('numerusform')]
        known[key(m)] = forms if forms else tr.text  # every plural form (English has two)
    return known

for path in glob.glob('resources/translations/*.ts'):
    known = translations(ET.parse(path).getroot())
    subprocess.run([LUPDATE, '-silent', '-no-obsolete', '-locations', 'relative', 'src/app', 'src/storage', 'ui', '-ts', path],
                   check=True)
    tree = ET.parse(path)
    root = tree.getroot()
    contexts, order = {}, []
    for ctx in root.findall('context'):
        name, current = ctx.find('name').text, None
        for m in ctx.findall('message'):
            loc = m.find('location')
            if loc is not None and loc.get('filename'):
                current = loc.get('filename')
            target = name
            # Storage translates a few texts it shows users (review templates, demo data, open errors).
            namespace = 'attain::storage' if current and 'src/storage/' in current else 'attain::ui'
            if current and not current.endswith('.ui') and '::' not in name and name != 'main':
                target = namespace + '::' + name
            elif name in ('attain::ui', 'attain::storage') and current:
                # Free functions translate through a file-local tr() whose context is the file's name.
                target = name + '::' + current.rsplit('/', 1)[-1].rsplit('.', 1)[0]
            if target not in contexts:
                contexts[target] = []
                order.append(target)
            for l in m.findall('location'):
                m.remove(l)
            tr = m.find('translation')
            text = known.get(key(m))
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if text is None:
                tr.set('type', 'unfinished')
            else:
                tr.attrib.pop('type', None)
                if m.get('numerus') == 'yes':
                    for form in (text if isinstance(text, list) else [text]):
                        ET.SubElement(tr, 'numerusform').text = form
                else:
                    tr.text = text
            contexts[target].append(m)
        root.remove(ctx)
    for name in sorted(order):
        ctx = ET.SubElement(root, 'context')
        ET.SubElement(ctx, 'name').text = name
        for m in contexts[name]:
            ctx.append(m)
    ET.indent(tree)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    done = sum(1 for c in contexts.values() for m in c if m.find('translation').get('type') != 'unfinished')
    # English needs only its plural forms: the source text is the English text.
    print(f'{path}: {done} of {sum(len(c) for c in contexts.values())} translated')
