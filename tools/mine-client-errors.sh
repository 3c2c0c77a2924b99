#!/usr/bin/env bash
# Mine the user-visible message catalogs of Debian's mail programs into one raw TSV.
#
#   tools/mine-client-errors.sh [--other|--more|--unseen|--fresh|--japanese|--newcomer|--late|--another|--webapp] WORKDIR [OUT.tsv]
#
# Without an option: the programs of program-errors.tsv (Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt,
# NeoMutt, Geary, fetchmail, msmtp and the OS texts). With --other: the programs of other-programs.tsv
# (Roundcube, Horde IMP, KMail / KDE PIM, Balsa, Evolution EWS, GNOME Online Accounts, GNU Mailutils,
# Alpine and its c-client library, isync (mbsync), s-nail). With --more: the programs of more-programs.tsv
# (PHPMailer, WordPress, SOGo, Python's smtplib/imaplib/poplib, OpenSSL, Dovecot, Courier and Cyrus server
# answers from Debian; Symfony Mailer, swaks, Ruby's net-smtp/imap/pop, getmail6, offlineimap3, mpop from
# Debian, xfce4-mailwatch-plugin (with Japanese), curl's libcurl and Go's net/smtp, crypto/tls and crypto/x509
# from Debian; Angus Mail from Maven Central; nodemailer from the npm
# registry). With --unseen: the programs of unseen-programs.tsv (Horde's SMTP and Mail libraries with Horde_Smtp's
# Japanese catalog, KDE's account wizard, the Qt toolkit's network and TLS texts with their Japanese .qm
# translation, libsoup's and GnuTLS's texts that programs put into their messages, from Debian; the npm
# package emailjs). With --fresh: the programs of fresh-programs.tsv (the npm packages imapflow and imap
# (node-imap), English only: the string literals of their JavaScript). With --japanese: the programs of
# japanese-programs.tsv (KDE's KIO network texts, wget's connection and certificate texts, libsoup 3 and
# LibreOffice Writer's mail-merge texts, each with its own Japanese catalog). With --newcomer: the programs of
# newcomer-programs.tsv (the error pages of the Chromium and Firefox browsers that webmail users see, with their
# Japanese translations; the Emacs mailers: Emacs's own smtpmail, pop3, nnimap and network-stream, Mew,
# Wanderlust's ELMO and FLIM's smtp.el, English only; in a third part the sendmail stand-ins ssmtp, dma and esmtp
# and Cyrus SASL's texts (the `strings` of their binaries) and the npm IMAP library emailjs-imap-client). With
# --late: the programs of late-programs.tsv (the terminal mail program aerc, a Go binary from Debian: the
# `strings` of its binary, kept whole, because Go packs its string literals together without a separator, so a
# row is a run of several literals and the curation script finds a sentence inside it; the npm POP3 libraries
# yapople and poplib and the SMTP library smtp-client, English only). With --another: the programs of
# another-programs.tsv (Perl's Email::Sender, Net::SMTPS, Net::SMTP::TLS, Mail::POP3Client, Net::IMAP::Simple,
# Mail::IMAPClient and IO::Socket::SSL; Go's emersion go-smtp, go-imap and go-sasl sources; Python's aiosmtplib,
# exchangelib and imap-tools: the string literals of their sources; nullmailer, gnubiff and mailsync: the `strings`
# of their binaries; Roundcube's plugins (managesieve, password) paired with their ja_JP localization). Same
# columns always. In a second part: PHP's PEAR Mail and Net_SMTP, Perl's Mail::Sendmail and MIME::Lite,
# Python's imaplib2 (the literals of their sources), GKrellM's mail monitor (its Japanese catalog) and mailnag; in a
# third part the web applications Redmine (config/locales/en.yml paired by key with ja.yml) and MediaWiki
# (languages/i18n/en.json paired by key with ja.json), whose mail-sending frames carry the mail library's error.
# With --webapp: the programs of webapp-programs.tsv (web applications that send mail, with Japanese: the Zabbix
# frontend's catalog (its media type test) and the Zabbix server's e-mail texts (the `strings` of its binary,
# English only), the Sympa mailing list manager's catalog (its delivery notices to posters), DokuWiki's language
# files (inc/lang/en/lang.php paired by key with inc/lang/ja/lang.php)); in a second part WordPress's Japanese
# catalogs (wp-content/languages/*ja.mo), PHPMailer's language arrays (as --more) and Mailman 3's notices to a poster
# (its templates/en/*.txt, key = the template's name; its rule texts from messages/ja/LC_MESSAGES/mailman.po, whose
# Japanese is mostly empty); in a third part the system programs that mail their output or reports: cron, anacron
# and at (the `strings` of their binaries), sudo (its Japanese catalog) and unattended-upgrades (the literals of its
# script).
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
# - --more: PHPMailer's English array in PHPMailer.php paired by key with language/phpmailer.lang-ja.php;
#   SOGo's English.lproj/*.strings paired by key with Japanese.lproj; the string literals of the source
#   files of PHPMailer, Python's stdlib mail modules, nodemailer, Symfony Mailer, swaks, Ruby's net-smtp /
#   net-imap / net-pop, getmail6 and offlineimap3 (key = the literal); the constant pool
#   strings of Angus Mail's classes (a string concatenation's recipe gives \u0001 for each value: written
#   %s); the `strings` of the server binaries (Dovecot, Courier, Cyrus) and of libssl3 (OpenSSL's texts).
# Line breaks inside a text are written as \n, tabs as \t, a backslash as \\.
#
# Needs: apt-get (run as root: `apt-get update` is run once), dpkg-deb, msgunfmt (package gettext),
# python3 (standard library only). Package names are those of Debian 12 (bookworm).
set -euo pipefail

set_name=default
case "${1:-}" in --other) set_name=other; shift ;; --more) set_name=more; shift ;; --unseen) set_name=unseen; shift ;; --fresh) set_name=fresh; shift ;; --japanese) set_name=japanese; shift ;; --newcomer) set_name=newcomer; shift ;; --late) set_name=late; shift ;; --another) set_name=another; shift ;; --webapp) set_name=webapp; shift ;; esac
work=${1:?usage: $0 [--other|--more|--unseen|--fresh|--japanese|--newcomer|--late|--another|--webapp] WORKDIR [OUT.tsv]}
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
if [ "$set_name" = more ]; then
  packages=(
    libphp-phpmailer wordpress-l10n sogo-common libpython3.11-stdlib libssl3
    dovecot-core dovecot-imapd dovecot-pop3d courier-base courier-imap courier-pop cyrus-common cyrus-imapd
    php-symfony-mailer swaks libruby3.1 getmail6 offlineimap3 mpop xfce4-mailwatch-plugin libcurl4 golang-1.19-src
  )
  # Maven Central: Angus Mail (the Jakarta Mail implementation); npm registry: nodemailer. Fixed versions.
  angus=org.eclipse.angus:angus-mail:2.0.3
  jar=$HOME/.m2/repository/org/eclipse/angus/angus-mail/2.0.3/angus-mail-2.0.3.jar
  [ -f "$jar" ] || mvn -B -q dependency:get -Dartifact=$angus -Dtransitive=false
  mkdir -p "$work/x/angus-mail"; cp "$jar" "$work/x/angus-mail/"
  rm -rf "$work/x/nodemailer"; mkdir -p "$work/x/nodemailer"
  (cd "$work/x/nodemailer" && npm pack -q nodemailer@10.6.1 >/dev/null 2>&1 && tar xzf nodemailer-10.6.1.tgz)
fi

if [ "$set_name" = unseen ]; then
  packages=(
    php-horde-smtp php-horde-mail accountwizard qttranslations5-l10n libsoup2.4-common libgnutls30
  )
  # npm registry: emailjs (English only). Fixed version.
  rm -rf "$work/x/emailjs"; mkdir -p "$work/x/emailjs"
  (cd "$work/x/emailjs" && npm pack -q emailjs@5.0.3 >/dev/null 2>&1 && tar xzf emailjs-5.0.3.tgz)
fi

if [ "$set_name" = japanese ]; then
  packages=(kio wget libsoup-3.0-common libreoffice-l10n-ja)
fi

if [ "$set_name" = newcomer ]; then
  # Chromium: en-US.pak is in chromium-common, ja.pak in chromium-l10n; Firefox: en-US in omni.ja, ja in the
  # language pack. Emacs's Lisp sources (.el.gz) are in emacs-el; Mew, Wanderlust (wl) and FLIM ship .el files.
  packages=(chromium-common chromium-l10n firefox-esr firefox-esr-l10n-ja emacs-el mew wl flim
            ssmtp dma esmtp libsasl2-2)
  # npm registry: emailjs-imap-client (English only). Fixed version.
  rm -rf "$work/x/emailjs-imap-client"; mkdir -p "$work/x/emailjs-imap-client"
  (cd "$work/x/emailjs-imap-client" && npm pack -q emailjs-imap-client@3.1.0 >/dev/null 2>&1 && tar xzf emailjs-imap-client-3.1.0.tgz)
fi

if [ "$set_name" = late ]; then
  packages=(aerc)
  # npm registry: yapople and poplib (POP3 libraries) and smtp-client (SMTP); English only. Fixed versions.
  for spec in yapople@0.4.10 poplib@0.1.7 smtp-client@0.4.0; do
    name=${spec%@*}; rm -rf "$work/x/$name"; mkdir -p "$work/x/$name"
    (cd "$work/x/$name" && npm pack -q "$spec" >/dev/null 2>&1 && tar xzf "$name-${spec#*@}.tgz")
  done
fi

if [ "$set_name" = another ]; then
  packages=(libemail-sender-perl libnet-smtps-perl libnet-smtp-tls-perl libmail-pop3client-perl libnet-imap-simple-perl
            libmail-imapclient-perl libio-socket-ssl-perl
            golang-github-emersion-go-smtp-dev golang-github-emersion-go-imap-dev golang-github-emersion-go-sasl-dev
            python3-aiosmtplib python3-exchangelib python3-imap-tools
            nullmailer gnubiff mailsync roundcube-plugins
            php-net-smtp php-mail libmail-sendmail-perl libmime-lite-perl python3-imaplib2 gkrellm mailnag
            redmine mediawiki)
fi

if [ "$set_name" = webapp ]; then
  packages=(zabbix-frontend-php zabbix-server-pgsql sympa dokuwiki
            libphp-phpmailer wordpress-l10n mailman3
            cron anacron at sudo unattended-upgrades)
fi

if [ "$set_name" = fresh ]; then
  packages=()   # no Debian package: npm registry only
  # npm registry: imapflow and imap (node-imap; its tarball unpacks to a GitHub-named directory). English
  # only. Fixed versions.
  rm -rf "$work/x/imapflow" "$work/x/node-imap"; mkdir -p "$work/x/imapflow" "$work/x/node-imap"
  (cd "$work/x/imapflow" && npm pack -q imapflow@2.10.2 >/dev/null 2>&1 && tar xzf imapflow-2.10.2.tgz)
  (cd "$work/x/node-imap" && npm pack -q imap@0.8.19 >/dev/null 2>&1 && tar xzf imap-0.8.19.tgz && mv ./*-node-imap-* package)
fi

command -v msgunfmt >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q gettext >/dev/null; }
[ ${#packages[@]} -gt 0 ] && apt-get update -q >/dev/null
[ ${#packages[@]} -gt 0 ] && (cd "$work/debs" && apt-get download -q "${packages[@]}" 2>&1 | grep -v -e '^Get:' -e '^Fetched' -e 'unsandboxed' || true)

: > "$work/versions.tsv"
for p in ${packages[@]+"${packages[@]}"}; do
  deb=$(ls "$work/debs/${p}_"*.deb | sort -V | tail -n1)
  rm -rf "$work/x/$p"; mkdir -p "$work/x/$p"
  dpkg-deb -x "$deb" "$work/x/$p"
  printf '%s\t%s\n' "$p" "$(dpkg-deb -f "$deb" Version)" >> "$work/versions.tsv"
done
[ "$set_name" = more ] && printf 'angus-mail\t2.0.3\nnodemailer\t10.6.1\n' >> "$work/versions.tsv"
[ "$set_name" = unseen ] && printf 'emailjs\t5.0.3\n' >> "$work/versions.tsv"
[ "$set_name" = fresh ] && printf 'imapflow\t2.10.2\nnode-imap\t0.8.19\n' >> "$work/versions.tsv"
[ "$set_name" = newcomer ] && printf 'emailjs-imap-client\t3.1.0\n' >> "$work/versions.tsv"
[ "$set_name" = late ] && printf 'yapople\t0.4.10\npoplib\t0.1.7\nsmtp-client\t0.4.0\n' >> "$work/versions.tsv"

# gettext catalogs -> .po text, which the python step reads
mkdir -p "$work/po"
# --webapp: WordPress keeps its catalogs outside LC_MESSAGES (wp-content/languages/ja.mo, admin-ja.mo, ...), Mailman 3
# ships its Japanese catalog as a .po only
if [ "$set_name" = webapp ]; then
  for mo in "$work"/x/wordpress-l10n/usr/share/wordpress/wp-content/languages/*ja.mo; do
    dest="$work/po/wordpress-l10n/usr/share/wordpress/wp-content/languages/ja/LC_MESSAGES/$(basename "${mo%.mo}").po"
    mkdir -p "$(dirname "$dest")"; msgunfmt --no-wrap "$mo" -o "$dest" 2>/dev/null || true
  done
  for po in "$work"/x/mailman3/usr/lib/python3/dist-packages/mailman/messages/ja/LC_MESSAGES/mailman.po; do
    dest="$work/po/mailman3/${po#"$work/x/mailman3/"}"
    mkdir -p "$(dirname "$dest")"; cp "$po" "$dest"
  done
fi
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
BINARY_ONLY = ('fetchmail', 'alpine', 'libc-client2007e', 'isync', 's-nail', 'libssl3', 'dovecot-core', 'dovecot-imapd',
               'dovecot-pop3d', 'courier-base', 'courier-imap', 'courier-pop', 'cyrus-common', 'cyrus-imapd',
               'libcurl4', 'ssmtp', 'dma', 'esmtp', 'libsasl2-2', 'nullmailer', 'gnubiff', 'mailsync',
               'zabbix-server-pgsql', 'cron', 'anacron', 'at')
# packages whose short texts count (two words: a server's answer, Cyrus SASL's "authentication failure")
SERVER_ANSWERS = ('libssl3', 'dovecot-core', 'dovecot-imapd', 'dovecot-pop3d', 'courier-base', 'courier-imap',
                  'courier-pop', 'cyrus-common', 'cyrus-imapd', 'libcurl4', 'libsasl2-2')
for pkg in BINARY_ONLY:
    if glob.glob(f'{po_root}/{pkg}/**/*.po', recursive=True):
        continue
    bins = [f'{work}/x/{pkg}/usr/{d}/*' for d in ('bin', 'sbin', 'lib/courier/courier', 'lib/cyrus/bin')]
    bins += [f'{work}/x/{pkg}/usr/lib/**/*.so*', f'{work}/x/{pkg}/usr/lib/dovecot/*']
    for binpath in sorted(set(f for g in bins for f in glob.glob(g, recursive=True))):
        if os.path.islink(binpath) or not os.path.isfile(binpath): continue
        try:
            text = subprocess.run(['strings', '-n', '12', binpath], capture_output=True, text=True, errors='replace').stdout
        except FileNotFoundError:
            break
        seen = set()
        for s in text.split('\n'):
            s = s.strip()
            # keep human sentences: several words (servers' short answers: two), mostly letters
            if s.count(' ') < (1 if pkg in SERVER_ANSWERS else 2) or s in seen: continue
            letters = sum(c.isalpha() for c in s)
            if letters < len(s) * 0.6: continue
            seen.add(s)
            add(pkg, os.path.relpath(binpath, f'{work}/x/{pkg}') + ' (strings)', s[:80], s, '')

# ---- --late: aerc (Go): the `strings` of the binary, each run kept whole ----
# Go stores its string literals back to back without a terminator, so `strings` gives runs of many literals. A run
# is written whole (key: its first 80 characters); tools/curation.py finds a message inside a run (blobs=...).
for binpath in sorted(glob.glob(f'{work}/x/aerc/usr/bin/aerc')):
    text = subprocess.run(['strings', '-n', '12', binpath], capture_output=True, text=True, errors='replace').stdout
    seen = set()
    for s in text.split('\n'):
        s = s.strip()
        if s.count(' ') < 2 or s in seen: continue
        seen.add(s)
        add('aerc', 'usr/bin/aerc (strings, runs of Go literals)', s[:80], s, '')

# ---- --another: Redmine's Rails locale files (flat "  key: value" lines) and MediaWiki's i18n JSON, en paired with ja ----
def read_rails_yml(path):
    res = {}
    for line in open(path, encoding='utf-8', errors='replace'):
        if not line.startswith('  ') or line.startswith('   ') or ':' not in line: continue
        k, _, v = line.strip().partition(':')
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
            v = v[1:-1].replace('\\"', '"') if v[0] == '"' else v[1:-1].replace("''", "'")
        if k and v: res[k] = v
    return res

for en_path in sorted(glob.glob(f'{work}/x/redmine/usr/share/redmine/config/locales/en.yml')):
    ja_path = en_path[:-len('en.yml')] + 'ja.yml'
    en, ja = read_rails_yml(en_path), (read_rails_yml(ja_path) if os.path.exists(ja_path) else {})
    for k, v in en.items():
        add('redmine', os.path.relpath(en_path, f'{work}/x/redmine') + ' + ja.yml', k, v, ja.get(k, ''))

import json
for en_path in sorted(glob.glob(f'{work}/x/mediawiki/usr/share/mediawiki/languages/i18n/en.json')):
    ja_path = en_path[:-len('en.json')] + 'ja.json'
    en = json.load(open(en_path, encoding='utf-8'))
    ja = json.load(open(ja_path, encoding='utf-8')) if os.path.exists(ja_path) else {}
    for k, v in en.items():
        if k.startswith('@') or not isinstance(v, str): continue
        add('mediawiki', os.path.relpath(en_path, f'{work}/x/mediawiki') + ' + ja.json', k, v, ja.get(k, ''))

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

for loc in sorted(glob.glob(f'{work}/x/*/usr/share/roundcube/program/localization/en_US')
                  + glob.glob(f'{work}/x/roundcube-plugins/usr/share/roundcube/plugins/*/localization/en_US.inc')):
    pkg = loc.split('/x/')[1].split('/')[0]
    for en_path in sorted(glob.glob(f'{loc}/*.inc') if os.path.isdir(loc) else [loc]):
        ja_path = en_path.replace('/en_US/', '/ja_JP/').replace('/en_US.inc', '/ja_JP.inc')
        en = read_php_inc(en_path)
        ja = read_php_inc(ja_path) if os.path.exists(ja_path) else {}
        for k, v in en.items():
            add(pkg, os.path.relpath(en_path, f'{work}/x/{pkg}'), k, v, ja.get(k, ''))

# ---- --webapp: DokuWiki's $lang arrays, en paired by key with ja ----
for en_path in sorted(glob.glob(f'{work}/x/dokuwiki/usr/share/dokuwiki/inc/lang/en/lang.php')):
    ja_path = en_path.replace('/lang/en/', '/lang/ja/')
    en = read_php_inc(en_path)
    ja = read_php_inc(ja_path) if os.path.exists(ja_path) else {}
    for k, v in en.items():
        add('dokuwiki', os.path.relpath(en_path, f'{work}/x/dokuwiki') + ' + ja/lang.php', k.split('.', 1)[1], v, ja.get(k, ''))

# ---- --webapp: Mailman 3's notice templates, whole (key = the template's name), with the Japanese one if any ----
for en_path in sorted(glob.glob(f'{work}/x/mailman3/usr/lib/python3/dist-packages/mailman/templates/en/*.txt')):
    ja_path = en_path.replace('/templates/en/', '/templates/ja/')
    en = open(en_path, encoding='utf-8').read().strip('\n')
    ja = open(ja_path, encoding='utf-8').read().strip('\n') if os.path.exists(ja_path) else ''
    add('mailman3', os.path.relpath(en_path, f'{work}/x/mailman3'), os.path.basename(en_path)[:-4], en, ja)

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

# ---- --newcomer: Firefox, paired by path and key with its Japanese language pack, like Thunderbird above ----
ff_en = glob.glob(f'{work}/x/firefox-esr/usr/lib/firefox-esr/omni.ja')
ff_ja = glob.glob(f'{work}/x/firefox-esr-l10n-ja/usr/lib/firefox-esr/browser/extensions/langpack-ja@*.xpi')
if ff_en:
    zen = zipfile.ZipFile(os.path.realpath(ff_en[0]))
    zja = zipfile.ZipFile(ff_ja[0]) if ff_ja else None
    ja_names = set(zja.namelist()) if zja else set()
    for name in sorted(zen.namelist()):
        # the error pages and the NSS texts they show; the rest of the browser's UI is not an error text
        if not name.startswith('localization/en-US/toolkit/neterror/') or not name.endswith('.ftl'): continue
        jname = name.replace('localization/en-US/', 'localization/ja/')
        en = read_ftl(zen.read(name))
        ja = read_ftl(zja.read(jname)) if jname in ja_names else {}
        for k, v in en.items():
            add('firefox-esr', name, k, v, ja.get(k, ''))

# ---- --newcomer: Chromium's string packs (.pak, version 5): en-US.pak paired by resource id with ja.pak ----
import struct
def read_pak(data):
    """{resource id: UTF-8 text}. Header: u32 version 5, u8 encoding, 3 bytes padding, u16 resources, u16
    aliases; then (u16 id, u32 offset) per resource plus one sentinel, then (u16 id, u16 entry index) per alias."""
    if len(data) < 12 or struct.unpack('<I', data[:4])[0] != 5: return {}
    n, na = struct.unpack('<HH', data[8:12])
    ents = [struct.unpack('<HI', data[12 + 6 * i:18 + 6 * i]) for i in range(n + 1)]
    res = {}
    for i in range(n):
        try: res[ents[i][0]] = data[ents[i][1]:ents[i + 1][1]].decode('utf-8')
        except UnicodeDecodeError: pass
    a0 = 12 + 6 * (n + 1)
    for i in range(na):
        rid, idx = struct.unpack('<HH', data[a0 + 4 * i:a0 + 4 * i + 4])
        if ents[idx][0] in res: res[rid] = res[ents[idx][0]]
    return res

for en_pak in glob.glob(f'{work}/x/chromium-common/usr/lib/chromium/locales/en-US.pak'):
    ja_pak = f'{work}/x/chromium-l10n/usr/lib/chromium/locales/ja.pak'
    en = read_pak(open(en_pak, 'rb').read())
    ja = read_pak(open(ja_pak, 'rb').read()) if os.path.exists(ja_pak) else {}
    for k in sorted(en):
        v = en[k]
        if not v or sum(ch.isalpha() for ch in v) < 4: continue
        add('chromium-common', 'usr/lib/chromium/locales/en-US.pak + chromium-l10n ja.pak', str(k), v, ja.get(k, ''))

# ---- --newcomer: the string literals of Emacs Lisp sources (Emacs, Mew, Wanderlust, FLIM) ----
import gzip
def elisp_literals(data):
    """The string literals of an Emacs Lisp file: "..." with backslash escapes, outside ; comments and
    character literals (?\" ?")."""
    out, i, n = [], 0, len(data)
    while i < n:
        c = data[i]
        if c == ';':
            e = data.find('\n', i); i = n if e < 0 else e; continue
        if c == '?' and i + 1 < n:
            i += 3 if data[i + 1] == '\\' else 2; continue
        if c != '"':
            i += 1; continue
        o, j = [], i + 1
        while j < n and data[j] != '"':
            if data[j] == '\\' and j + 1 < n:
                nx = data[j + 1]
                if nx != '\n':   # a backslash before a line end continues the string
                    o.append({'n': '\n', 't': '\t'}.get(nx, nx))
                j += 2
            else:
                o.append(data[j]); j += 1
        out.append(''.join(o)); i = j + 1
    return out

el_sources = {
    'emacs-el': ['usr/share/emacs/*/lisp/mail/smtpmail.el.gz', 'usr/share/emacs/*/lisp/net/pop3.el.gz',
                 'usr/share/emacs/*/lisp/gnus/nnimap.el.gz', 'usr/share/emacs/*/lisp/net/network-stream.el.gz',
                 'usr/share/emacs/*/lisp/net/nsm.el.gz'],
    'mew': ['usr/share/mew/mew-*.el'],
    'wl': ['usr/share/wl/elmo/*.el', 'usr/share/wl/wl/wl-draft.el'],
    'flim': ['usr/share/flim/smtp.el', 'usr/share/flim/sasl*.el'],
}
for pkg, pats in el_sources.items():
    for pat in pats:
        for path in sorted(glob.glob(f'{work}/x/{pkg}/{pat}')):
            raw = open(path, 'rb').read()
            data = (gzip.decompress(raw) if path.endswith('.gz') else raw).decode('utf-8', 'replace')
            seen = set()
            for s in elisp_literals(data):
                s = s.strip()
                if s in seen or s.count(' ') < 1 or sum(ch.isalpha() for ch in s) < len(s) * 0.6: continue
                seen.add(s)
                add(pkg, os.path.relpath(path, f'{work}/x/{pkg}') + ' (literal)', s.split('\n')[0][:80], s, '')

# ---- --more: PHPMailer (English array in the class, Japanese in a language file) ----
def php_literal_at(data, v):
    """The PHP string literal starting at data[v] (a quote), and the index after it."""
    quote, v, o = data[v], v + 1, []
    while v < len(data) and data[v] != quote:
        if data[v] == '\\' and v + 1 < len(data):
            nx = data[v + 1]
            o.append(nx if nx in quote + '\\' else '\\' + nx); v += 2
        else:
            o.append(data[v]); v += 1
    return ''.join(o), v + 1

for cls in sorted(glob.glob(f'{work}/x/libphp-phpmailer/usr/share/php/*/src/PHPMailer.php')):
    pkg = 'libphp-phpmailer'
    data = open(cls, encoding='utf-8').read()
    start = data.find('$PHPMAILER_LANG = [')
    end = data.find('];', start)
    en, i = {}, start
    while 0 <= i < end:
        i = data.find("'", i, end)
        if i < 0: break
        key, i = php_literal_at(data, i)
        arrow = data.find('=>', i, end)
        if arrow < 0 or data[i:arrow].strip(): continue
        j = arrow + 2
        parts = []
        while True:
            while data[j] in ' \t\n': j += 1
            if data[j] not in '\'"': break
            text, j = php_literal_at(data, j)
            parts.append(text)
            while data[j] in ' \t\n': j += 1
            if data[j] != '.': break
            j += 1
        en[key] = ''.join(parts); i = j
    ja_path = os.path.join(os.path.dirname(os.path.dirname(cls)), 'language', 'phpmailer.lang-ja.php')
    ja = {k.split('.', 1)[1]: v for k, v in read_php_inc(ja_path).items()} if os.path.exists(ja_path) else {}
    for k, v in en.items():
        add(pkg, os.path.relpath(cls, f'{work}/x/{pkg}') + ' + language/phpmailer.lang-ja.php', k, v, ja.get(k, ''))

# ---- --more: SOGo's NeXTSTEP .strings files, English.lproj paired by key with Japanese.lproj ----
def read_strings(path):
    res, data = {}, open(path, encoding='utf-8', errors='replace').read()
    i, n = 0, len(data)
    def lit(i):
        o = []
        i += 1
        while i < n and data[i] != '"':
            if data[i] == '\\' and i + 1 < n:
                o.append({'n': '\n', 't': '\t'}.get(data[i + 1], data[i + 1])); i += 2
            else:
                o.append(data[i]); i += 1
        return ''.join(o), i + 1
    while i < n:
        if data.startswith('/*', i):
            e = data.find('*/', i + 2); i = n if e < 0 else e + 2; continue
        if data.startswith('//', i):
            e = data.find('\n', i); i = n if e < 0 else e; continue
        if data[i] != '"': i += 1; continue
        key, i = lit(i)
        while i < n and data[i] in ' \t\n\r': i += 1
        if i >= n or data[i] != '=': continue
        i += 1
        while i < n and data[i] in ' \t\n\r': i += 1
        if i >= n or data[i] != '"': continue
        val, i = lit(i)
        res[key] = val
    return res

for en_path in sorted(glob.glob(f'{work}/x/sogo-common/usr/share/GNUstep/SOGo/*/Resources/English.lproj/Localizable.strings')):
    ja_path = en_path.replace('/English.lproj/', '/Japanese.lproj/')
    en, ja = read_strings(en_path), (read_strings(ja_path) if os.path.exists(ja_path) else {})
    for k, v in en.items():
        add('sogo-common', os.path.relpath(en_path, f'{work}/x/sogo-common'), k[:80], v, ja.get(k, ''))

# ---- --more: string literals of source files (PHPMailer's SMTP/POP3 classes, Python's stdlib, nodemailer) ----
def literals(path):
    """The single-line string literals of a PHP, Python or JavaScript file ('...', \"...\", `...`)."""
    out = []
    for line in open(path, encoding='utf-8', errors='replace'):
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c == '#' or line.startswith('//', i):
                break
            if c not in '\'"`':
                i += 1; continue
            o, j = [], i + 1
            while j < n and line[j] != c:
                if line[j] == '\\' and j + 1 < n:
                    o.append(line[j + 1] if line[j + 1] in '\'"`\\' else '\\' + line[j + 1]); j += 2
                else:
                    o.append(line[j]); j += 1
            out.append(''.join(o)); i = j + 1
    return out

def sentence_like(s):
    # two words at least (exception texts are short: "Invalid login", "Connection timeout"), mostly letters
    return s.count(' ') >= 1 and sum(ch.isalpha() for ch in s) >= len(s) * 0.6

sources = {
    'libphp-phpmailer': ['usr/share/php/*/src/SMTP.php', 'usr/share/php/*/src/POP3.php'],
    'libpython3.11-stdlib': ['usr/lib/python3.11/smtplib.py', 'usr/lib/python3.11/imaplib.py',
                             'usr/lib/python3.11/poplib.py'],
    'nodemailer': ['package/dist/cjs/*/index.js', 'package/dist/cjs/*.js'],
    'php-symfony-mailer': ['usr/share/php/Symfony/Component/Mailer/Transport/Smtp/*.php',
                           'usr/share/php/Symfony/Component/Mailer/Transport/Smtp/*/*.php'],
    'swaks': ['usr/bin/swaks'],
    'libruby3.1': ['usr/lib/ruby/gems/3.1.0/gems/net-*/lib/net/*.rb'],
    'getmail6': ['usr/lib/python3/dist-packages/getmailcore/*.py'],
    'offlineimap3': ['usr/share/offlineimap3/offlineimap/*.py', 'usr/share/offlineimap3/offlineimap/*/*.py'],
    'php-horde-smtp': ['usr/share/php/Horde/Smtp.php', 'usr/share/php/Horde/Smtp/*.php'],
    'php-horde-mail': ['usr/share/php/Horde/Mail/Transport/*.php'],
    'emailjs': ['package/dist/client.js', 'package/dist/connection.js'],
    'imapflow': ['package/dist/cjs/*.js', 'package/dist/cjs/*/*.js'],
    'node-imap': ['package/lib/*.js'],
    'emailjs-imap-client': ['package/dist/*.js'],
    'yapople': ['package/lib/*.js'],
    'poplib': ['package/main.js'],
    'smtp-client': ['package/src/*.js'],
    # --another: Perl modules, Go libraries' sources and Python packages (Debian 12)
    'libemail-sender-perl': ['usr/share/perl5/Email/Sender/Transport/SMTP.pm', 'usr/share/perl5/Email/Sender/Failure*.pm'],
    'libnet-smtps-perl': ['usr/share/perl5/Net/SMTPS.pm'],
    'libnet-smtp-tls-perl': ['usr/share/perl5/Net/SMTP/TLS.pm'],
    'libmail-pop3client-perl': ['usr/share/perl5/Mail/POP3Client.pm'],
    'libnet-imap-simple-perl': ['usr/share/perl5/Net/IMAP/Simple.pm'],
    'libmail-imapclient-perl': ['usr/share/perl5/Mail/IMAPClient.pm'],
    'libio-socket-ssl-perl': ['usr/share/perl5/IO/Socket/SSL.pm'],
    'golang-github-emersion-go-smtp-dev': ['usr/share/gocode/src/github.com/emersion/go-smtp/[a-z]*[a-z].go'],
    'golang-github-emersion-go-imap-dev': ['usr/share/gocode/src/github.com/emersion/go-imap/[a-z]*[a-z].go',
                                           'usr/share/gocode/src/github.com/emersion/go-imap/client/[a-z]*[a-z].go'],
    'golang-github-emersion-go-sasl-dev': ['usr/share/gocode/src/github.com/emersion/go-sasl/[a-z]*[a-z].go'],
    'python3-aiosmtplib': ['usr/lib/python3/dist-packages/aiosmtplib/*.py'],
    'python3-exchangelib': ['usr/lib/python3/dist-packages/exchangelib/*.py',
                            'usr/lib/python3/dist-packages/exchangelib/autodiscover/*.py'],
    'python3-imap-tools': ['usr/lib/python3/dist-packages/imap_tools/*.py'],
    'php-net-smtp': ['usr/share/php/Net/SMTP.php'],
    'php-mail': ['usr/share/php/Mail/smtp.php'],
    'libmail-sendmail-perl': ['usr/share/perl5/Mail/Sendmail.pm'],
    'libmime-lite-perl': ['usr/share/perl5/MIME/Lite.pm'],
    'python3-imaplib2': ['usr/lib/python3/dist-packages/imaplib2.py'],
    'unattended-upgrades': ['usr/bin/unattended-upgrade'],
    'golang-1.19-src': ['usr/share/go-1.19/src/net/smtp/[a-z]*[a-z].go', 'usr/share/go-1.19/src/crypto/tls/[a-z]*[a-z].go',
                        'usr/share/go-1.19/src/crypto/x509/verify.go', 'usr/share/go-1.19/src/net/net.go',
                        'usr/share/go-1.19/src/syscall/zerrors_linux_amd64.go'],
}
for pkg, pats in sources.items():
    for pat in pats:
        for path in sorted(glob.glob(f'{work}/x/{pkg}/{pat}')):
            if path.endswith('_test.go'):
                continue
            seen = set()
            for s in literals(path):
                s = s.strip()
                if s in seen or not sentence_like(s): continue
                seen.add(s)
                add(pkg, os.path.relpath(path, f'{work}/x/{pkg}') + ' (literal)', s[:80], s, '')

# ---- --more: Angus Mail: the UTF-8 constants of the classes (exception texts and concatenation recipes) ----
import struct
def class_strings(data):
    if data[:4] != b'\xca\xfe\xba\xbe': return []
    count, i, out, k = struct.unpack('>H', data[8:10])[0], 10, [], 1
    while k < count:
        tag = data[i]
        if tag == 1:
            ln = struct.unpack('>H', data[i + 1:i + 3])[0]
            out.append(data[i + 3:i + 3 + ln].decode('utf-8', 'replace').replace('\x01', '%s')); i += 3 + ln
        elif tag in (7, 8, 16, 19, 20): i += 3
        elif tag == 15: i += 4
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18): i += 5
        elif tag in (5, 6): i += 9; k += 1
        else: break
        k += 1
    return out

for jar in sorted(glob.glob(f'{work}/x/angus-mail/*.jar')):
    z = zipfile.ZipFile(jar)
    for name in sorted(z.namelist()):
        if not name.endswith('.class'): continue
        seen = set()
        for s in class_strings(z.read(name)):
            s = s.strip()
            if s in seen or not sentence_like(s) or '/' in s.split(' ')[0]: continue
            seen.add(s)
            add('angus-mail', os.path.basename(jar) + '!' + name, s[:80], s, '')

# ---- --unseen: Qt's compiled translations (.qm): the English source text and the Japanese translation ----
def read_qm(data):
    """The messages of a .qm file: [(context, source, translation)]. Sections are (tag, u32 length, data); the
    messages section (0x69) is a run of (tag, value) items closed by tag 1; 3 = translation (UTF-16BE),
    6 = source text, 7 = context, 8 = comment (UTF-8); 5 and 9 carry four bytes."""
    if data[:16] != bytes.fromhex('3CB86418CAEF9C95CD211CBF60A1BDDD'): return []
    out, i = [], 16
    while i + 5 <= len(data):
        tag, n = data[i], struct.unpack('>I', data[i + 1:i + 5])[0]
        sec, i = data[i + 5:i + 5 + n], i + 5 + n
        if tag != 0x69: continue
        j, cur = 0, {}
        while j < len(sec):
            t = sec[j]; j += 1
            if t == 1:
                if 'src' in cur: out.append((cur.get('ctx', ''), cur['src'], cur.get('tr', '')))
                cur = {}; continue
            if t in (5, 9): j += 4; continue
            if t not in (3, 6, 7, 8): break
            ln = struct.unpack('>I', sec[j:j + 4])[0]; j += 4
            if ln == 0xFFFFFFFF: continue
            v = sec[j:j + ln]; j += ln
            if t == 3: cur.setdefault('tr', v.decode('utf-16-be', 'replace'))
            elif t in (6, 7): cur['src' if t == 6 else 'ctx'] = v.decode('utf-8', 'replace')
    return out

for qm in sorted(glob.glob(f'{work}/x/qttranslations5-l10n/usr/share/qt5/translations/qtbase_ja.qm')):
    pkg = 'qttranslations5-l10n'
    for ctx, src, tr in read_qm(open(qm, 'rb').read()):
        add(pkg, os.path.relpath(qm, f'{work}/x/{pkg}'), (ctx + '|' + src)[:80], src, tr)

with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('package\tversion\tfile\tkey\ten\tja\n')
    for r in rows:
        f.write('\t'.join(esc(x) for x in r) + '\n')
print(f'{len(rows)} rows -> {out}', file=sys.stderr)
PY
