#!/usr/bin/env python3
"""Makes resources/translations/attain_zh_TW.ts (Traditional Chinese, Taiwan) from attain_zh_CN.ts.

Every Simplified translation goes through OpenCC's s2twp conversion (Taiwan characters and
phrases: 数据库 → 資料庫, 软件 → 軟體), then through TERMS below, the sales and UI words OpenCC
gets wrong for Taiwan. A translation already finished in an existing attain_zh_TW.ts is kept as
it is, so hand fixes made there survive a re-run; only messages new in zh_CN are converted.
Each converted string must keep its %1..%9 / %n placeholders and its number of '&' (mnemonics,
&amp; entities), otherwise the script stops.

OpenCC is a development tool (`apt-get install opencc`), not a build dependency.
Usage: scripts/make-zh-tw.py [OPENCC]   (default: opencc from PATH); run from the repository root.
"""
import os, re, subprocess, sys
import xml.etree.ElementTree as ET

OPENCC = sys.argv[1] if len(sys.argv) > 1 else 'opencc'
SOURCE = 'resources/translations/attain_zh_CN.ts'
TARGET = 'resources/translations/attain_zh_TW.ts'
NEWLINE = '@@NL@@'  # OpenCC converts line by line; multi-line strings travel as one line

# Taiwan usage where s2twp picks the wrong character or a mainland word (checked by hand).
TERMS = [  # (regular expression, replacement), applied in order after s2twp
    ('覆盤', '複盤'),          # 复盘 (looking back at a period) is 複盤; 覆 means "overturn"
    ('提成', '獎金'),          # sales commission
    ('撤銷', '復原'),          # Edit ▸ Undo, "cannot be undone"
    ('幫助', '說明'),          # the Help menu
    ('儀表盤', '儀表板'),      # Dashboard
    ('程式碼', '代碼'),        # 团队代码 is a team's code, not program code
    ('物件', '對象'),          # 对象 = the people a review is for, not a programming object
    ('箇中', '個中'),          # "%3 个中的前 %2 个": 個 (counter) + 中 (of), not the word 箇中
    ('反饋', '回饋'),          # customer feedback
    ('新建', '新增'),          # New Review…, New Demo Database…
    ('演示', '示範'),          # product demo (activity type), demo database
    ('(?<!電子)郵件', '電子郵件'),  # the activity type Email
    ('列表', '清單'),
    ('模板', '範本'),
    ('計劃', '計畫'),
    ('行動項(?!目)', '行動項目'),  # action item
    ('周', '週'),              # week (the app has no other 周)
    ('(?<![佔])占', '佔'),     # 占上級目標 (share of)
    ('合並', '合併'),          # 合并 (merge) after 并/和: OpenCC splits the words wrongly
    ('併合併', '並合併'),      # 检查并合并: check and merge
    ('信息', '資訊'),
    ('質量', '品質'),
    ('賬', '帳'),
    ('“', '「'), ('”', '」'), ('‘', '『'), ('’', '』'),  # Taiwan quotation marks
]

PLACEHOLDER = re.compile(r'%(?:n|L?[1-9])')

def key(context, message):
    comment = message.find('comment')
    return (context, message.find('source').text, comment.text if comment is not None else None)

def texts(translation):
    forms = translation.findall('numerusform')
    return [f.text or '' for f in forms] if forms else [translation.text or '']

def convert(strings):
    """One OpenCC run for all strings, in order."""
    joined = '\n'.join(s.replace('\n', NEWLINE) for s in strings)
    out = subprocess.run([OPENCC, '-c', 's2twp.json'], input=joined, capture_output=True, text=True,
                         check=True).stdout
    lines = out.split('\n')[:len(strings)]
    if len(lines) != len(strings):
        sys.exit(f'opencc returned {len(lines)} lines for {len(strings)} strings')
    result = []
    for line in lines:
        line = line.replace(NEWLINE, '\n')
        for wrong, right in TERMS:
            line = re.sub(wrong, right, line)
        result.append(line)
    return result

def check(simplified, traditional, where):
    if sorted(PLACEHOLDER.findall(simplified)) != sorted(PLACEHOLDER.findall(traditional)) \
            or simplified.count('&') != traditional.count('&'):
        sys.exit(f'{where}: placeholders or mnemonics changed: {simplified!r} -> {traditional!r}')

def main():
    kept = {}
    if os.path.exists(TARGET):
        for ctx in ET.parse(TARGET).getroot().findall('context'):
            for m in ctx.findall('message'):
                tr = m.find('translation')
                if tr is not None and tr.get('type') is None:
                    kept[key(ctx.find('name').text, m)] = texts(tr)

    tree = ET.parse(SOURCE)
    root = tree.getroot()
    root.set('language', 'zh_TW')
    todo = []  # (translation element, its Simplified strings, where)
    for ctx in root.findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            tr = m.find('translation')
            if tr.get('type') is not None:
                sys.exit(f'{SOURCE}: {name}: "{m.find("source").text}" is {tr.get("type")}; finish zh_CN first')
            previous = kept.get(key(name, m))
            if previous is not None and len(previous) == len(texts(tr)):
                set_texts(tr, previous)
            else:
                todo.append((tr, texts(tr), f'{name}: {m.find("source").text!r}'))

    flat = [s for _, strings, _ in todo for s in strings]
    converted = iter(convert(flat) if flat else [])
    for tr, strings, where in todo:
        new = [next(converted) for _ in strings]
        for s, t in zip(strings, new):
            check(s, t, where)
        set_texts(tr, new)

    ET.indent(tree)
    tree.write(TARGET, encoding='utf-8', xml_declaration=True)
    total = sum(1 for _ in root.iter('message'))
    print(f'{TARGET}: {total} messages, {len(todo)} converted, {total - len(todo)} kept')

def set_texts(translation, strings):
    forms = translation.findall('numerusform')
    if forms:
        for form, text in zip(forms, strings):
            form.text = text
    else:
        translation.text = strings[0]

main()
