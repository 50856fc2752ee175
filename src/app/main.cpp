// SPDX-License-Identifier: MIT
// The tiescope window: thin on purpose; MainWindow and its parts do the work.
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include "app/mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TieScope"));
    QApplication::setApplicationName(QStringLiteral("tiescope"));
    QApplication::setApplicationDisplayName(QStringLiteral("TieScope"));
    QApplication::setApplicationVersion(QStringLiteral(TIESCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore geopolitical dependency: who is tied to whom, and who says so."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("A TieScope database to open (optional)."));
    parser.process(app);

    if (QFile style(QStringLiteral(":/style.qss")); style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    tiescope::MainWindow window;
    // The database opens in the background: the window shows at once, with the progress.
    const QStringList args = parser.positionalArguments();
    window.restoreSession(args.isEmpty() ? QString() : args.front());
    window.show();
    return QApplication::exec();
}
