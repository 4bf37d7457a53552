// Replays fuzz inputs through the fuzz target's own entry point, built with the normal compiler and
// run by ctest (fuzz_replay): every file of the given folders (the seed corpus and every crash the
// fuzzer ever found, tests/fuzz/regressions/) must run through without a crash or sanitizer report.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FOLDER_OR_FILE...\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QFileInfoList files;
        if (QFileInfo(path).isDir())
            files = QDir(path).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        else
            files.append(QFileInfo(path));
        for (const QFileInfo &info : std::as_const(files)) {
            if (info.fileName() == QLatin1String("README.md"))
                continue;
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(info.filePath()));
                return 1;
            }
            const QByteArray input = file.readAll();
            std::printf("replay %s (%lld bytes)\n", qPrintable(info.filePath()), static_cast<long long>(input.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const std::uint8_t *>(input.constData()), static_cast<std::size_t>(input.size()));
            ++replayed;
        }
    }
    std::printf("replayed %d input(s)\n", replayed);
    return replayed > 0 ? 0 : 1;
}
