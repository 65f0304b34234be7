#pragma once

#include <QString>

#include <optional>

// The few Python and oslo.utils conversions Nova applies to extra-spec strings, reproduced
// exactly so vDeck accepts and rejects the same values.
namespace pyparse {

// A Python int of any size: sign and decimal digits without leading zeros ("0" for zero).
struct PyInt
{
    bool negative = false;
    QString digits;
    std::optional<qint64> toInt64() const;
};

// int(text) in Python: surrounding whitespace, an optional sign, Unicode decimal digits,
// single underscores between digits. std::nullopt where Python raises ValueError.
std::optional<PyInt> parseInt(const QString &text);
int compare(const PyInt &a, qint64 b);  // <0, 0, >0
std::optional<qint64> toInt64(const QString &text); // parseInt that fits 64 bits

// oslo strutils.bool_from_string(strict=True): std::nullopt for anything not boolean-like.
std::optional<bool> strictBool(const QString &text);
// oslo strutils.bool_from_string(): anything not true-like is false.
bool lenientBool(const QString &text);
// oslo strutils.is_int_like: str(int(v)) == str(v).
bool isIntLike(const QString &text);
// Python str.isdigit() for the characters vDeck handles (Unicode decimal digits).
bool isDigits(const QString &text);
// Python str.strip() (whitespace in the Unicode sense).
QString pyStrip(const QString &text);

} // namespace pyparse
