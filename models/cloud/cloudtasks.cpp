#include "cloud/cloudtasks.h"

namespace cloud {

CloudTasks::CloudTasks(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(2);
}

CloudTasks::~CloudTasks()
{
    cancelAll();
    m_pool.waitForDone();
}

void CloudTasks::cancelAll()
{
    m_cancel->store(true);
    // Later tasks start uncancelled; those running hold the flag they were given.
    m_cancel = std::make_shared<std::atomic_bool>(false);
}

} // namespace cloud
