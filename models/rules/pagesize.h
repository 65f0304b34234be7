#pragma once

#include <QString>

#include <optional>

namespace rules {

// hw:mem_page_size / hw_mem_page_size as nova.virt.hardware reads it at stage B.
struct PageSize
{
    enum class Kind { Small, Large, Any, Size };
    Kind kind = Kind::Size;
    double kib = 0;          // for Kind::Size; may be fractional ("1b" is 1/8192 KiB)
    bool inBits = false;     // the unit was b/bit: Nova divided by 8
    bool truthy() const { return kind != Kind::Size || kib != 0; } // Python truthiness of Nova's value
    QString describe() const;
};

// Nova's check_and_return_pages_size(): "small"/"large"/"any"; digits are KiB; anything else
// through oslo string_to_bytes in IEC mode (trailing B/b/bit required, upper-case K/M/G/T...,
// b/bit divide by 8). std::nullopt where Nova raises MemoryPageSizeInvalid.
std::optional<PageSize> parsePageSize(const QString &request);

} // namespace rules
