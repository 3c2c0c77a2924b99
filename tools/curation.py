"""Shared machinery of the curation scripts (tools/curate-*.py) that turn the raw TSVs of
tools/mine-client-errors.sh into the labelled tables of src/test/resources/client-errors.

A curation script lists its messages in a SPEC (E: one message with one label; V: a frame expanded once per
server reply or OS text, the reply deciding the label) and calls write(). A message is looked up in the raw
TSV by package and key (for gettext catalogs the msgid), so the texts written are the programs' own, in
English and, where the program has a Japanese translation, in Japanese. Both languages of a message get the
same label. Rows are de-duplicated on (lang, text).

Placeholder values:
  - a plain string fills the placeholder in both languages;
  - J(en, ja) fills it with different text per language;
  - R(pkg, key, fills...) fills it with another catalog message (an OS error inside a program's frame,
    such as libc's "Connection refused" / 「接続を拒否されました」), in the same language;
  - in a V frame, 'R' stands for the reply and 'C' for the reply's first three characters (its code).
"""
import re
import sys

HOST_IN = 'mail.example.jp'
HOST_OUT = 'smtp.example.jp'
USER = 'taro@example.jp'
RCPT = 'hanako@example.com'

# printf (%s, %.80s, %lu, %1$s; syslog's %m, the OS error text); Thunderbird's Fluent ({ $name }, { -brand-short-name }); Qt/KDE (%1);
# Roundcube ($code); SOGo (%{0}); JavaScript (${expr})
PRINTF = r"%(?:(\d+)\$)?[-#0 +']*\d*(?:\.\d+)?(?:ll|l|h|z)?[sSdiucm]"
FLUENT = r"\{ *\$([a-z0-9-]+) *\}|\{ *-brand-(?:short|full)-name *\}"
QT = r"%(\d)"
PHP = r"\$([a-z]+)"
SOGO = r"%\{(\d)\}"
# JavaScript template literals (${expr}), filled in order
JS = r"\$\{[^}]*\}"
# LibreOffice's product name (%PRODUCTNAME), filled by name like PHP's variables
LO = r"%(PRODUCTNAME)"
# Chromium's string packs ($1, $2: 1-based positions)
CHROMIUM = r"\$(\d)"
# Go's fmt verbs (%v, %w, %q), filled in order like printf's
GO = r"%(?:(\d+)\$)?[vwq]"


class J:
    """A placeholder value that differs per language."""

    def __init__(self, en, ja):
        self.en, self.ja = en, ja


class R:
    """A placeholder value that is another catalog message (with its own fills), in the row's language."""

    def __init__(self, pkg, key, *fills):
        self.pkg, self.key, self.fills = pkg, key, fills


def is_japanese(text):
    return any('\u3040' <= c <= '\u30ff' or '\u4e00' <= c <= '\u9fff' for c in text)


class Curation:
    """The SPEC of one table and the raw TSVs it is looked up in."""

    def __init__(self, raw_paths, syntaxes, missing_fill=None, strip_markup=False, brand='Thunderbird', tags=(),
                 blobs=()):
        """syntaxes: the placeholder syntaxes above that the programs use, in the order tried;
        missing_fill: the value of a placeholder without a fill (None: the placeholder stays);
        strip_markup: drop the rich-text tags <qt>, <html>, <p> that a dialog does not show;
        brand: the program name that Fluent's { -brand-short-name } stands for;
        tags: further markup tags to drop (an error page's <strong>, <b>);
        blobs: packages whose raw rows are runs of literals (a Go binary's `strings`): a key that is no row's key
        is looked up inside the runs, and the text is the key itself, found verbatim in the binary."""
        self.raw = {}
        self.blobs = tuple(blobs)
        self.runs = {}
        for path in raw_paths:
            for n, line in enumerate(open(path, encoding='utf-8')):
                if n == 0:
                    continue
                pkg, ver, file, key, en, ja = line.rstrip('\n').split('\t')
                for k in {key, en}:
                    self.raw.setdefault((pkg, k), (ver, file, key, en, ja))
                if pkg in self.blobs:
                    self.runs.setdefault(pkg, []).append((ver, file, en))
        self.syntaxes = [(name, re.compile(pattern)) for name, pattern in syntaxes]
        self.ph = re.compile('|'.join(pattern for _, pattern in syntaxes))
        self.missing_fill = missing_fill
        self.strip_markup = strip_markup
        self.brand = brand
        self.tags = tuple(tags)
        self.spec = []

    # ---------------------------------------------------------------- the SPEC
    def E(self, label, pkgs, key, *fills, then=None, lead='', only=None, tail=''):
        """One message. pkgs: a package or a tuple of packages that carry the same msgid. then: (key or
        'R', fills[, separator]) of a text put after it (another message of the package, else a literal).
        lead: a literal put before it (the exception class name a library's caller prints, a wrapper's frame).
        only: 'en' or 'ja' to write that language's row alone (its other row is in another table already).
        tail: put after everything: a literal (an error page's untranslated error code), or a list of
        literals, J and R values (the page's own "Error code: %s" line in the row's language)."""
        self.spec.append(('one', label, pkgs if isinstance(pkgs, tuple) else (pkgs,), key, fills, then, lead, only, tail))

    def V(self, pkgs, key, fills, variants, then=None, lead='', only=None, tail=''):
        """A frame around a reply: one row per (label, reply) of variants."""
        self.spec.append(('var', variants, pkgs if isinstance(pkgs, tuple) else (pkgs,), key, fills, then, lead, only, tail))

    # ---------------------------------------------------------------- texts
    def lookup(self, pkg, key):
        key = key.replace('\n', '\\n')
        for k in (key, key.rstrip('.!? '), key + '.', key + '!'):
            if (pkg, k) in self.raw:
                return self.raw[(pkg, k)]
        for ver, file, run in self.runs.get(pkg, ()):
            if key in run:
                return ver, file, key[:80], key, ''
        return None

    def render(self, ref, lang):
        hit = self.lookup(ref.pkg, ref.key)
        if hit is None:
            raise SystemExit(f'missing reference {ref.pkg} {ref.key!r}')
        text = hit[4] if lang == 'ja' and hit[4] and hit[4] != hit[3] else hit[3]
        return self.fill(text, list(ref.fills), lang)

    def fill(self, text, fills, lang):
        """Replace the placeholders of a catalog text by fills, in order, by position or by name."""
        seq, named = [0], {}

        def value(i, m):
            if i >= len(fills):
                return m.group(0) if self.missing_fill is None else self.missing_fill
            v = fills[i]
            if isinstance(v, J):
                return v.ja if lang == 'ja' else v.en
            if isinstance(v, R):
                return self.render(v, lang)
            return v

        def sub(m):
            name, g = next((n, r.fullmatch(m.group(0))) for n, r in self.syntaxes if r.fullmatch(m.group(0)))
            if name == 'js':
                i = seq[0]
                seq[0] += 1
                return value(i, m)
            if name == 'fluent' and g.group(1) is None:
                return self.brand
            if name in ('fluent', 'php', 'lo'):
                return value(named.setdefault(g.group(1), len(named)), m)
            if name in ('qt', 'sogo', 'chromium'):
                return value(int(g.group(1)) - (0 if name == 'sogo' else 1), m)
            if g.group(1):
                return value(int(g.group(1)) - 1, m)
            i = seq[0]
            seq[0] += 1
            return value(i, m)

        return self.ph.sub(sub, text.replace('%%', '\x00')).replace('\x00', '%')

    def tidy(self, text):
        if '``' in text:
            text = text.replace('``', '"').replace("''", '"')
        while text.endswith('\\n'):
            text = text[:-2]
        if self.strip_markup:
            for tag in ('<qt>', '</qt>', '<html>', '</html>', '<p>', '</p>'):
                text = text.replace(tag, '')
        for tag in self.tags:
            text = text.replace(tag, '')
        return text.strip()

    # ---------------------------------------------------------------- the table
    def rows(self, program):
        """program: the program's name per package."""
        rows, seen, missing = [], set(), []
        for kind, label, pkgs, key, fills, then, lead, only, tail in self.spec:
            variants = [(label, None)] if kind == 'one' else label
            for pkg in pkgs:
                hit = self.lookup(pkg, key)
                if hit is None:
                    missing.append(f'{pkg}: {key}')
                    continue
                ver, file, rkey, en, ja = hit
                langs = [('en', en)] + ([('ja', ja)] if ja and ja != en else [])
                if only:
                    langs = [(lang, text) for lang, text in langs if lang == only]
                for lab, reply in variants:
                    for lang, text in langs:
                        f = [reply if x == 'R' else reply[:3] if x == 'C' and isinstance(reply, str) else x
                             for x in fills]
                        out = lead + self.fill(text, f, lang)
                        if then:
                            out = self._then(out, pkg, then, reply, lang)
                        out = self.tidy(out + self._tail(tail, lang))
                        lang_of = 'ja' if is_japanese(out) else 'en'
                        if (lang_of, out) in seen:
                            continue
                        seen.add((lang_of, out))
                        rows.append((lab, lang_of, program[pkg], pkg, ver, file, rkey, out))
        return rows, missing

    def _tail(self, tail, lang):
        """tail: a literal, or a list of literals, J and R values, joined in order."""
        if isinstance(tail, str):
            return tail
        return ''.join(t if isinstance(t, str) else (t.ja if lang == 'ja' else t.en) if isinstance(t, J)
                       else self.render(t, lang) for t in tail)

    def _then(self, out, pkg, then, reply, lang):
        tkey, tfills = then[0], then[1] if len(then) > 1 else ()
        sep = then[2] if len(then) > 2 else None
        said = '' if reply is None else self.render(reply, lang) if isinstance(reply, R) else reply
        if tkey == 'R':
            tail = said
        else:
            th = self.lookup(pkg, tkey)
            if th is None:   # a literal text (a server reply, a library's wrapper), then the reply if any
                tail = self.fill(tkey, list(tfills), lang) + (' ' + said if said else '')
            else:
                ttext = th[4] if lang == 'ja' and th[4] else th[3]
                tail = self.fill(ttext, list(tfills), lang) + (' ' + said if said else '')
        if sep is not None:
            return out.rstrip() + sep + tail
        if out.endswith('\\n'):
            return out + tail
        return out.rstrip() + ' ' + tail

    def write(self, out_path, program):
        rows, missing = self.rows(program)
        with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('expect\tlang\tprogram\tpackage\tversion\tfile\tkey\ttext\n')
            for r in rows:
                assert all('\t' not in c and '\n' not in c for c in r), r
                f.write('\t'.join(r) + '\n')
        for m in missing:
            print('not in the raw TSV:', m, file=sys.stderr)
        print(f'{len(rows)} rows -> {out_path}', file=sys.stderr)
        return rows
