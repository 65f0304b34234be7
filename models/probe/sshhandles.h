#pragma once

#include <libssh/libssh.h>

#include <memory>

// RAII owners for libssh's C handles, so no path leaks a session, channel or key.
namespace probe {

struct SshSessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};

struct SshChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};

struct SshKeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};

using SshSessionPtr = std::unique_ptr<ssh_session_struct, SshSessionDeleter>;
using SshChannelPtr = std::unique_ptr<ssh_channel_struct, SshChannelDeleter>;
using SshKeyPtr = std::unique_ptr<ssh_key_struct, SshKeyDeleter>;

} // namespace probe
