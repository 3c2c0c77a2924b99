#!/usr/bin/env bash
# Mine the user-visible message catalogs of Debian's mail programs into one raw TSV.
#
#   tools/mine-client-errors.sh [--other] WORKDIR [OUT.tsv]
#
# Without --other: the programs of program-errors.tsv (Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt,
# NeoMutt, Geary, fetchmail, msmtp and the OS texts). With --other: the programs of other-programs.tsv
# (Roundcube, Horde IMP, KMail / KDE PIM, Balsa, Evolution EWS, GNOME Online Accounts, GNU Mailutils,
# Alpine and its c-client library, isync (mbsync), s-nail). Same columns either way.
#
# Downloads (apt-get download, no installation) the packages below into WORKDIR, unpacks them with
# dpkg-deb -x and writes one row per message to OUT.tsv (default WORKDIR/raw.tsv):
#
#   package  version  file  key  en  ja
#
# - gettext catalogs (.mo) are read with msgunfmt: key = msgctxt|msgid (first line), en = msgid,
#   ja = msgstr of the ja catalog (empty when the package has no Japanese catalog; then the msgids
#   of any catalog of the package are used; a program without any catalog (fetchmail in Debian)
#   gives the English sentences found by `strings` in its binaries, with ja empty).
# - Roundcube: the PHP arrays of program/localization/en_US/*.inc paired by key with ja_JP/*.inc.
# - Thunderbird: .properties and Fluent .ftl files of omni.ja (en-US) paired by path and key with the
#   thunderbird-l10n-ja language pack (ja).
# Line breaks inside a text are written as \n, tabs as \t, a backslash as \\.
#
# Needs: apt-get (run as root: `apt-get update` is run once), dpkg-deb, msgunfmt (package gettext),
# python3 (standard library only). Package names are those of Debian 12 (bookworm).
set -euo pipefail

set_name=default
if [ "${1:-}" = --other ]; then set_name=other; shift; fi
work=${1:?usage: $0 [--other] WORKDIR [OUT.tsv]}
out=${2:-$work/raw.tsv}
mkdir -p "$work/debs" "$work/x"
work=$(cd "$work" && pwd)

packages=(
  thunderbird thunderbird-l10n-ja
  evolution-data-server-common evolution-common
  claws-mail claws-mail-i18n
  sylpheed sylpheed-i18n
  mutt neomutt geary fetchmail msmtp
  libc-l10n libglib2.0-data glib-networking-common
)
if [ "$set_name" = other ]; then
  packages=(
    roundcube-core
    php-horde-imp php-horde-imap-client
    kmail kdepim-runtime libkf5mailtransport-data libkpimsmtp-data libkf5imap-data akonadi-mime-data
    balsa-data evolution-ews libgoa-1.0-common
    mailutils-common alpine libc-client2007e isync s-nail
  )
fi

command -v msgunfmt >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q gettext >/dev/null; }
apt-get update -q >/dev/null
(cd "$work/debs" && apt-get download -q "${packages[@]}" 2>&1 | grep -v -e '^Get:' -e '^Fetched' -e 'unsandboxed' || true)

: > "$work/versions.tsv"
for p in "${packages[@]}"; do
  deb=$(ls "$work/debs/${p}_"*.deb | head -n1)
  rm -rf "$work/x/$p"; mkdir -p "$work/x/$p"
  dpkg-deb -x "$deb" "$work/x/$p"
  printf '%s\t%s\n' "$p" "$(dpkg-deb -f "$deb" Version)" >> "$work/versions.tsv"
done

# gettext catalogs -> .po text, which the python step reads
mkdir -p "$work/po"
find "$work/x" -name '*.mo' -path '*/LC_MESSAGES/*' | while read -r mo; do
  rel=${mo#"$work/x/"}
  dest="$work/po/${rel%.mo}.po"
  mkdir -p "$(dirname "$dest")"
  msgunfmt --no-wrap "$mo" -o "$dest" 2>/dev/null || true
done

python3 - "$work" "$out" <<'PY'
import os, sys, zipfile, subprocess, glob

work, out = sys.argv[1], sys.argv[2]
versions = dict(l.rstrip('\n').split('\t') for l in open(f'{work}/versions.tsv', encoding='utf-8'))
rows = []

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '').replace('\n', '\\n')

def add(pkg, file, key, en, ja):
    rows.append((pkg, versions.get(pkg, ''), file, key, en, ja))

# ---- gettext (.po produced by msgunfmt) ----
def unquote(s):
    s = s.strip()
    if s.startswith('"') and s.endswith('"'):
        s = s[1:-1]
    outp, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            outp.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': ''}.get(n, '\\' + n))
            i += 2
        else:
            outp.append(c); i += 1
    return ''.join(outp)

def read_po(path):
    """Returns {(ctxt, msgid): msgstr}; plural entries give msgstr[0]."""
    entries, cur, field = {}, {}, None
    def flush():
        if 'msgid' in cur and cur['msgid']:
            entries[(cur.get('msgctxt', ''), cur['msgid'])] = cur.get('msgstr', cur.get('msgstr[0]', ''))
    for line in open(path, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            if cur: flush(); cur = {}; field = None
            continue
        if line.startswith('"'):
            if field: cur[field] = cur.get(field, '') + unquote(line)
            continue
        name, _, rest = line.partition(' ')
        if name == 'msgctxt' and 'msgid' in cur:
            flush(); cur = {}
        field = name
        cur[field] = unquote(rest)
    if cur: flush()
    return entries

po_root = f'{work}/po'
for pkg in sorted(os.listdir(po_root)):
    pos = glob.glob(f'{po_root}/{pkg}/**/*.po', recursive=True)
    by_domain = {}
    for p in pos:
        parts = p.split('/')
        lang = parts[parts.index('LC_MESSAGES') - 1]
        domain = os.path.basename(p)[:-3]
        by_domain.setdefault(domain, {})[lang] = p
    for domain, langs in sorted(by_domain.items()):
        if 'ja' in langs:
            src = langs['ja']; cat = read_po(src); has_ja = True
        else:
            src = sorted(langs.values())[0]; cat = read_po(src); has_ja = False
        file = os.path.relpath(src, f'{po_root}/{pkg}')[:-3] + '.mo'
        if not has_ja:
            file = f'{domain}.mo (msgids of {os.path.relpath(src, po_root + "/" + pkg)[:-3]}.mo)'
        for (ctxt, msgid), msgstr in sorted(cat.items()):
            key = (ctxt + '|' if ctxt else '') + msgid.split('\n')[0][:80]
            add(pkg, file, key, msgid, msgstr if has_ja else '')

# ---- programs without any catalog: English text from the binary ----
for pkg in ('fetchmail', 'alpine', 'libc-client2007e', 'isync', 's-nail'):
    if glob.glob(f'{po_root}/{pkg}/**/*.po', recursive=True):
        continue
    for binpath in sorted(glob.glob(f'{work}/x/{pkg}/usr/bin/*') + glob.glob(f'{work}/x/{pkg}/usr/lib/**/*.so*', recursive=True)):
        if os.path.islink(binpath) or not os.path.isfile(binpath): continue
        try:
            text = subprocess.run(['strings', '-n', '12', binpath], capture_output=True, text=True, errors='replace').stdout
        except FileNotFoundError:
            break
        seen = set()
        for s in text.split('\n'):
            s = s.strip()
            # keep human sentences: several words, mostly letters
            if s.count(' ') < 2 or s in seen: continue
            letters = sum(c.isalpha() for c in s)
            if letters < len(s) * 0.6: continue
            seen.add(s)
            add(pkg, os.path.relpath(binpath, f'{work}/x/{pkg}') + ' (strings)', s[:80], s, '')

# ---- Roundcube: PHP arrays  $messages['key'] = 'text';  ----
def read_php_inc(path):
    res = {}
    data = open(path, encoding='utf-8', errors='replace').read()
    i, n = 0, len(data)
    while True:
        i = data.find('$', i)
        if i < 0: break
        j = data.find('[', i)
        if j < 0 or not data[i + 1:j].isidentifier(): i += 1; continue
        var = data[i + 1:j]
        q = data[j + 1:j + 2]
        k_end = data.find(q + ']', j + 2) if q in '\'"' else -1
        if k_end < 0: i = j; continue
        key = data[j + 2:k_end]
        eq = k_end + 2
        while eq < n and data[eq] in ' \t': eq += 1
        if eq >= n or data[eq] != '=': i = k_end; continue
        v = eq + 1
        while v < n and data[v] in ' \t\n': v += 1
        if v >= n or data[v] not in '\'"': i = v; continue
        quote, v, o = data[v], v + 1, []
        while v < n and data[v] != quote:
            if data[v] == '\\' and v + 1 < n:
                nx = data[v + 1]
                if quote == "'": o.append(nx if nx in "'\\" else '\\' + nx)
                else: o.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', '$': '$'}.get(nx, '\\' + nx))
                v += 2
            else:
                o.append(data[v]); v += 1
        res[var + '.' + key] = ''.join(o)
        i = v + 1
    return res

for loc in sorted(glob.glob(f'{work}/x/*/usr/share/roundcube/program/localization/en_US')):
    pkg = loc.split('/x/')[1].split('/')[0]
    for en_path in sorted(glob.glob(f'{loc}/*.inc')):
        ja_path = en_path.replace('/en_US/', '/ja_JP/')
        en = read_php_inc(en_path)
        ja = read_php_inc(ja_path) if os.path.exists(ja_path) else {}
        for k, v in en.items():
            add(pkg, os.path.relpath(en_path, f'{work}/x/{pkg}'), k, v, ja.get(k, ''))

# ---- Thunderbird: .properties and .ftl ----
def read_properties(data):
    res, lines = {}, data.decode('utf-8', 'replace').split('\n')
    i = 0
    while i < len(lines):
        line = lines[i].rstrip('\r'); i += 1
        st = line.lstrip()
        if not st or st[0] in '#!': continue
        while line.endswith('\\') and not line.endswith('\\\\') and i < len(lines):
            line = line[:-1] + lines[i].lstrip().rstrip('\r'); i += 1
        k, sep, v = line.partition('=')
        if not sep: continue
        v = v.strip()
        # decode \n, \uXXXX, \t
        o, j = [], 0
        while j < len(v):
            c = v[j]
            if c == '\\' and j + 1 < len(v):
                n = v[j + 1]
                if n == 'u' and j + 6 <= len(v):
                    try: o.append(chr(int(v[j+2:j+6], 16))); j += 6; continue
                    except ValueError: pass
                o.append({'n': '\n', 't': '\t'}.get(n, n)); j += 2
            else:
                o.append(c); j += 1
        res[k.strip()] = ''.join(o)
    return res

def read_ftl(data):
    """Message values and attributes: id, id.attr -> text (continuation lines joined with \\n)."""
    res, cur_id, cur_key = {}, None, None
    for raw in data.decode('utf-8', 'replace').split('\n'):
        line = raw.rstrip('\r')
        if not line.strip():
            continue
        if line.startswith('#'):
            cur_id = cur_key = None; continue
        if line[0] not in ' \t':
            k, sep, v = line.partition('=')
            if sep and k.strip() and all(c.isalnum() or c in '-_' for c in k.strip()):
                cur_id = k.strip(); cur_key = cur_id
                res[cur_key] = v.strip()
            else:
                cur_id = cur_key = None
            continue
        st = line.strip()
        if cur_id is None: continue
        if st.startswith('.') and '=' in st:
            a, _, v = st.partition('=')
            cur_key = cur_id + a.strip(); res[cur_key] = v.strip(); continue
        if cur_key is not None:
            res[cur_key] = (res[cur_key] + '\n' + st) if res[cur_key] else st
    return res

tb_en = glob.glob(f'{work}/x/thunderbird/usr/share/thunderbird/omni.ja') + glob.glob(f'{work}/x/thunderbird/usr/lib/thunderbird/omni.ja')
tb_ja = glob.glob(f'{work}/x/thunderbird-l10n-ja/usr/lib/thunderbird/extensions/langpack-ja@*.xpi')
if tb_en:
    zen = zipfile.ZipFile(os.path.realpath(tb_en[0]))
    zja = zipfile.ZipFile(tb_ja[0]) if tb_ja else None
    ja_names = set(zja.namelist()) if zja else set()
    for name in sorted(zen.namelist()):
        if not (name.endswith('.properties') or name.endswith('.ftl')): continue
        if '/en-US/' not in name: continue
        jname = name.replace('chrome/en-US/locale/en-US/', 'chrome/ja/locale/ja/').replace('localization/en-US/', 'localization/ja/')
        reader = read_properties if name.endswith('.properties') else read_ftl
        en = reader(zen.read(name))
        ja = reader(zja.read(jname)) if jname in ja_names else {}
        for k, v in en.items():
            add('thunderbird', name, k, v, ja.get(k, ''))

with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('package\tversion\tfile\tkey\ten\tja\n')
    for r in rows:
        f.write('\t'.join(esc(x) for x in r) + '\n')
print(f'{len(rows)} rows -> {out}', file=sys.stderr)
PY
