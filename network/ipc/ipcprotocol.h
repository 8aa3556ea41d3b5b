#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Ferry::Ipc {

// Ferry's local IPC protocol (docs/ipc.md): one JSON object per line, UTF-8, both ways.
//   request  {"v": 1, "id": 7, "method": "resume", "params": {"job": "7c0e"}}
//   reply    {"v": 1, "id": 7, "status": {"result", "code", "message"}, "data": {...}}
//   event    {"v": 1, "event": "jobs" | "removed", ...}   (after "subscribe")
constexpr int Version = 1;
// The longest request line the server reads; a longer one is answered BG_E_TOO_LARGE and skipped.
constexpr qsizetype MaxRequestBytes = qsizetype(1) << 20;
// Output the server keeps for a client that does not read; past it the client is dropped.
constexpr qint64 MaxClientBacklogBytes = qint64(16) << 20;
// Requests of one client the engine works on at once; further lines wait in the socket.
constexpr int MaxPendingRequests = 32;
constexpr int MaxClients = 64;

// One line on the wire: compact JSON and '\n'.
QByteArray encode(const QJsonObject &message);

QJsonObject request(qint64 id, const QString &method, const QJsonObject &params = {});
QJsonObject reply(const QJsonValue &id, const Result &status, const QJsonObject &data = {});
QJsonObject event(const QString &name, const QJsonObject &fields);

// {"result": "BG_E_NOT_FOUND", "code": "0x80200001", "message": "..."} and back; the message is
// the server's text, as it wrote it.
QJsonObject statusJson(const Result &result);
Result statusFromJson(const QJsonValue &status, QString *message);

} // namespace Ferry::Ipc
