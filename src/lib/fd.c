/* fd.c — the shell's own descriptors (fd.h): copies moved high, out of reach of the scripts'
 * 0-9; close-on-exec pipes and anonymous files, with fallbacks for systems without pipe2 or
 * memfd_create. Used by exec/redir.c, exec/cmdsub.c, exec/pipeline.c and exec/jobs.c. */
#include "config.h"

#include "lib/fd.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef HAVE_MEMFD_CREATE
#include <sys/mman.h>
#endif

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

int fd_pipe(int p[2])
{
#ifdef HAVE_PIPE2
    return pipe2(p, O_CLOEXEC);
#else
    if (pipe(p) < 0)
        return -1;
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fcntl(p[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

/* A temporary file in dir, unlinked: -1 with errno when dir will not have it. */
static int unlinked_file(const char *dir, const char *name)
{
    char tmpl[PATH_MAX];
    if (snprintf(tmpl, sizeof tmpl, "%s/conch-%s-XXXXXX", dir, name) >= (int)sizeof tmpl) {
        errno = ENAMETOOLONG;
        return -1;
    }
#ifdef HAVE_MKOSTEMP
    int fd = mkostemp(tmpl, O_CLOEXEC);
#else
    int fd = mkstemp(tmpl);
    if (fd >= 0)
        fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    if (fd >= 0)
        unlink(tmpl);
    return fd;
}

int fd_anon_file(const char *name)
{
#ifdef HAVE_MEMFD_CREATE
    int fd = memfd_create(name, MFD_CLOEXEC);
    /* ENOSYS on kernels before 3.17, EPERM under some seccomp filters: a file then. Running
     * out of descriptors is no reason to try again. */
    if (fd >= 0 || errno == EMFILE || errno == ENFILE)
        return fd;
#endif
    /* getenv, not the shell's variables: an unexported TMPDIR is the script's own business. */
    const char *dir = getenv("TMPDIR");
    int fd2 = -1;
    if (dir && *dir)
        fd2 = unlinked_file(dir, name);
    if (fd2 < 0 && errno != EMFILE && errno != ENFILE)
        fd2 = unlinked_file("/tmp", name);
    return fd2;
}
