/* fd.c — the shell's own descriptors (fd.h): copies moved high, out of reach of the scripts'
 * 0-9. Used by exec/redir.c (saved descriptors, the script), exec/cmdsub.c and exec/jobs.c. */
#include "lib/fd.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

/* F_DUPFD_CLOEXEC fails with EINVAL, not EMFILE, when its starting number is at or above the
 * limit: under `ulimit -n 10` a plain "dup at 10" made every saved descriptor fail with
 * "Invalid argument" although 3-9 were free. Then a free descriptor below 10 is taken, the
 * highest first: scripts number their own up from 3, so they meet the shell's as late as
 * possible (and when they do, exec/redir.c moves the shell's out of the way). */
int fd_dup_high(int fd)
{
    int high = fcntl(fd, F_DUPFD_CLOEXEC, FD_SHELL_BASE);
    if (high >= 0 || errno == EBADF)
        return high;
    int top = FD_SHELL_BASE;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
        && rl.rlim_cur < (rlim_t)top)
        top = (int)rl.rlim_cur;
    for (int n = top - 1; n > STDERR_FILENO; n--)
        if (fcntl(n, F_GETFD) < 0 && errno == EBADF)
            return fcntl(fd, F_DUPFD_CLOEXEC, n);
    errno = EMFILE;
    return -1;
}

int fd_move_high(int fd)
{
    if (fd < 0)
        return fd;
    int high = fd_dup_high(fd);
    if (high < 0) {
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        return fd;
    }
    close(fd);
    return high;
}
