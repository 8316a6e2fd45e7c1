#include "app/Application.h"

int main(int argc, char *argv[])
{
    wsc::Application app(argc, argv);
    if (const auto exitCode = app.start())
        return *exitCode;
    return app.exec();
}
