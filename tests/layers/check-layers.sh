#!/usr/bin/env bash
# Checks the layer rules of docs/architecture.md on the sources under ROOT (default: the repository).
# Prints one line per violation, as FILE:LINE: rule: the offending line, and exits 1 when there is any.
# tests/ and app/ are exempt: tests look at every layer, and app/ is the one place that wires them all.
set -uo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$root" || { echo "check-layers: cannot enter $root" >&2; exit 2; }

violations=0

# Every C++ source outside tests/, app/, build folders and version control, relative to ROOT.
sources() {
    find . \( -path ./.git -o -path ./tests -o -path ./app -o -name 'build*' -o -name '_build' -o -name node_modules \
        -o -type d -exec test -e '{}/CMakeCache.txt' \; \) -prune -o \
        -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' \) -print |
        sed 's|^\./||' | LC_ALL=C sort
}

# check RULE SCOPE EXEMPT PATTERN: reports each line matching the extended regex PATTERN in a source
# whose path matches the regex SCOPE and not the regex EXEMPT. Lines that are only a comment do not count.
check() {
    local rule=$1 scope=$2 exempt=$3 pattern=$4 file hit
    while IFS= read -r file; do
        [[ $file =~ $scope ]] || continue
        [[ -n $exempt && $file =~ $exempt ]] && continue
        while IFS= read -r hit; do
            local line=${hit%%:*} text=${hit#*:}
            [[ $text =~ ^[[:space:]]*(//|\*|/\*) ]] && continue
            echo "$file:$line: $rule: ${text#"${text%%[![:space:]]*}"}"
            violations=$((violations + 1))
        done < <(grep -nE -- "$pattern" "$file")
    done <<<"$all_sources"
}

all_sources=$(sources)
if [ -z "$all_sources" ]; then
    echo "check-layers: no C++ sources under $root" >&2
    exit 2
fi

include='^[[:space:]]*#[[:space:]]*include[[:space:]]*'
widgets='Q(tWidgets|Widget|MainWindow|Dialog|Application|MessageBox|Label|PushButton|ToolButton|LineEdit|TextEdit|PlainTextEdit|ComboBox|CheckBox|RadioButton|SpinBox|Slider|ListWidget|ListView|TableWidget|TableView|TreeWidget|TreeView|HeaderView|AbstractItemView|StackedWidget|TabWidget|Splitter|ScrollArea|Frame|GroupBox|[VH]BoxLayout|BoxLayout|FormLayout|GridLayout|StatusBar|MenuBar|Menu|ToolBar|DockWidget|ProgressDialog|ProgressBar|FileDialog|InputDialog|Wizard|WizardPage|SystemTrayIcon|Style|StyledItemDelegate|Completer)\b'
network='Q(tNetwork|Network[A-Za-z]*|TcpSocket|TcpServer|UdpSocket|SslSocket|Ssl[A-Za-z]*|AbstractSocket|HostAddress|LocalSocket|LocalServer|DnsLookup|HttpServer[A-Za-z]*|tHttpServer|AbstractHttpServer)\b'

check "SQL outside core/storage" '' '^core/storage/' '\bQSql[A-Za-z]*\b|<QtSql'
check "QHttpServer included outside core/server" '' '^core/server/' \
    "${include}<(QtHttpServer|QHttpServer[A-Za-z]*|QAbstractHttpServer)"
check "widgets included in core" '^core/' '' "${include}<(QtWidgets/)?${widgets}"
check "core includes ui" '^core/' '' "${include}[\"<]ui/"
check "domain includes a layer above it" '^core/domain/' '' "${include}[\"<](storage|crypto|services|server)/"
check "domain uses SQL or networking" '^core/domain/' '' "${include}<((QtNetwork/)?${network}|QtSql|QSql)"
check "server or ui includes storage" '^(core/server|ui)/' '' "${include}[\"<]storage/"
# Services headers are what ui/ and core/server include: a storage include there would hand them the
# storage layer through the back door (authdesk_services links authdesk_storage privately).
check "services header includes storage" '^core/services/.*\.h$' '' "${include}[\"<]storage/"
# ServiceHub hands out every service; in ui/ only MainWindow, where the console is put together, may
# see it. Pages, panels and models get the services they use (docs/architecture.md).
check "ui includes the whole ServiceHub" '^ui/' '^ui/mainwindow\.cpp$' "${include}[\"<]services/servicehub\.h[\">]"
check "services include a front door" '^core/services/' '' "${include}[\"<](server|ui)/"
check "storage includes a layer above it" '^core/storage/' '' "${include}[\"<](crypto|services|server|ui)/"
check "crypto includes a layer above it" '^core/crypto/' '' "${include}[\"<](storage|services|server|ui)/"

if [ "$violations" -gt 0 ]; then
    echo "check-layers: $violations layer rule violation(s); see docs/architecture.md for who may use what." >&2
    exit 1
fi
echo "check-layers: the layer rules hold."
