// Placeholder until the emulator lands.
#include "Emulator.h"

namespace dwsemu {
class EmulatorPrivate
{
};
Emulator::Emulator(EmulatorOptions, QObject* parent) : QObject(parent), d(new EmulatorPrivate) {}
Emulator::~Emulator() = default;
quint16 Emulator::listen(const QHostAddress&, quint16) { return 0; }
quint16 Emulator::port() const { return 0; }
QUrl Emulator::baseUrl() const { return {}; }
QString Emulator::projectId() const { return {}; }
QString Emulator::projectName() const { return {}; }
void Emulator::advanceClock(std::chrono::milliseconds) {}
void Emulator::setTimeScale(double) {}
void Emulator::addFault(const FaultRule&) {}
void Emulator::clearFaults() {}
QList<JournalEntry> Emulator::journal() const { return {}; }
void Emulator::clearJournal() {}
void Emulator::expireTokens() {}
} // namespace dwsemu
