#include "hosts/eventloop.h"

#include "hosts/libvirthandles.h"

#include <mutex>
#include <thread>

namespace hosts {

void ensureLibvirtEventLoop()
{
    static std::once_flag once;
    std::call_once(once, [] {
        initializeLibvirt();
        virEventRegisterDefaultImpl();
        // Runs for the life of the process: libvirt has no way to stop its default loop, and
        // connections may still be closing when the last session object is gone.
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
    });
}

} // namespace hosts
