// Without libFuzzer (the ordinary build), each fuzz target is this program: it runs the
// target once on every file named, or in a folder named, as libFuzzer does when it is given
// files. ctest runs it over the inputs that once failed (regressions/) and the project's own
// files, so those stay fixed in every build, not only in the fuzzing one.

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace
{
int runOne(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(
            stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return 1;
    }
    const QByteArray bytes = f.readAll();
    std::printf("Running: %s\n", qPrintable(path));
    std::fflush(stdout);
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int failures = 0;
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                failures += runOne(dir.filePath(name));
                ++inputs;
            }
        } else {
            failures += runOne(arg);
            ++inputs;
        }
    }
    std::printf("%d inputs, none failed\n", inputs - failures);
    return failures == 0 && inputs > 0 ? 0 : 1;
}
