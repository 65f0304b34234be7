#include "probe/sshprompt.h"

namespace probe {

void Secret::wipe()
{
    if (!m_bytes.isEmpty()) {
        // data() detaches, so the bytes overwritten are the only copy this object holds.
        volatile char *p = m_bytes.data();
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
    }
    m_bytes.clear();
}

} // namespace probe
