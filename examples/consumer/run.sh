#!/usr/bin/env bash
# Builds this consumer project, which depends on bouncedoc by its Maven coordinates as any application does,
# and runs it twice: on the class path and on the module path (its module-info.java requires dev.bouncedoc).
# Each run must print the id of "554 5.7.1 Relay access denied". The library comes from the local Maven
# repository: run `mvn -B install -DskipTests` in the bouncedoc project first. Arguments are passed to Maven
# (for example -o to stay offline).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
expected=client.smtp-auth-required

# The coordinates agree everywhere: the library's POM, this project's POM and README.md's dependency snippet
# (the first xml block after "## Use it from Maven").
coordinate() { sed -n "s|^  <$1>\\(.*\\)</$1>\$|\\1|p" "$root/pom.xml" | head -n 1; }
group=$(coordinate groupId)
artifact=$(coordinate artifactId)
version=$(coordinate version)
mine=$(sed -n 's|^ *<bouncedoc.version>\(.*\)</bouncedoc.version>$|\1|p' "$here/pom.xml")
if [ -z "$version" ] || [ "$mine" != "$version" ]; then
  echo "consumer: examples/consumer/pom.xml depends on bouncedoc '$mine', the project is '$version'" >&2
  exit 1
fi
snippet=$(awk '/^## Use it from Maven/ { section = 1; next }
               section && /^```xml/ { block = 1; next }
               block && /^```/ { exit }
               block { gsub(/[ \t]/, ""); printf "%s", $0 }' "$root/README.md")
wanted="<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version></dependency>"
if [ "$snippet" != "$wanted" ]; then
  echo "consumer: README.md's dependency snippet is '$snippet', the project is '$wanted'" >&2
  exit 1
fi

mvn -B -q -f "$here/pom.xml" "$@" clean package

check() {
  local how=$1 out=$2
  if [ "$out" != "$expected" ]; then
    echo "consumer on the $how: expected $expected, got: $out" >&2
    exit 1
  fi
  echo "consumer on the $how: ok ($out)"
}
jar=$here/target/bouncedoc-consumer.jar
lib=$here/target/lib
check "class path" "$(java -cp "$jar:$lib/*" com.example.bounces.Main)"
check "module path" "$(java -p "$jar:$lib" -m com.example.bounces/com.example.bounces.Main)"
