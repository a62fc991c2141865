#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli forecast --input FILE --output FILE [--method auto|ets|theta|…] [--threads N]`:
/// forecasts every series of an M3-format file and writes point forecasts with 80 % and 95 %
/// intervals in the format the M3 scorer reads.
void addForecastCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
