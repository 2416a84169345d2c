/* histfile.c — the history file on disk ($HISTFILE), shared by every shell of the user: read
 * and trimmed at start-up, appended to after each command (hist.c calls both). */
#include "config.h"

#include "front/histfile.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "lib/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { NOT_REGULAR = -2, DEVICE = -3 };

/* Each problem is reported once per shell, not after every command. */
static bool warned_read, warned_trim, warned_kind, append_failing;

static void warn(bool *once, const char *path, const char *what, int err)
{
    if (*once)
        return;
    *once = true;
    if (err)
        error_msg("history: %s: %s: %s", path, what, strerror(err));
    else
        error_msg("history: %s: %s", path, what);
}

bool histfile_is_time_line(const char *p, const char *end)
{
    return end - p >= 2 && p[0] == '#' && p[1] >= '0' && p[1] <= '9';
}

bool histfile_timed(const char *text, size_t len)
{
    return len == 0 || histfile_is_time_line(text, text + len);
}

static const char *line_end(const char *p, const char *end)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl + 1 : end;
}

const char *histfile_entry_end(const char *p, const char *end, bool timed)
{
    if (p < end && histfile_is_time_line(p, end))
        p = line_end(p, end);
    if (!timed)
        return p < end ? line_end(p, end) : p;
    while (p < end && !histfile_is_time_line(p, end))
        p = line_end(p, end);
    return p;
}

/* fcntl locks belong to the process and the file, not to a descriptor: closing any other
 * descriptor of the same file, even one opened just to peek at it, silently drops the lock.
 * So a locked file is opened once and everything goes through that one descriptor.
 * A ^C while another shell holds the lock gives up (returns EINTR) rather than hanging. */
static int lock(int fd, short type)
{
    struct flock fl;
    memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    while (fcntl(fd, F_SETLKW, &fl) < 0) {
        if (errno != EINTR || trap_got_sigint)
            return -1;
    }
    return 0;
}

/* Opens and locks path (for appending, or for reading and trimming). A trim in another shell
 * replaces the file by rename: a lock won on the file it replaced guards nothing, so after the
 * wait the name must still lead to the locked file, else start over with the new one.
 * Returns the descriptor, NOT_REGULAR (closed; a FIFO or directory must not be read, truncated
 * or replaced), DEVICE (closed: HISTFILE=/dev/null, the usual way to keep no file, is not
 * worth a warning), or -1 with errno. *locked says whether the lock was taken (a file system
 * without locks still gets the append). */
static int open_locked(const char *path, bool append, bool *writable, bool *locked)
{
    for (int tries = 0; tries < 1000; tries++) {
        int fd;
        *writable = true;
        if (append) {
            fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NONBLOCK);
            if (fd < 0 && errno == EACCES)
                fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK);
            if (fd < 0 && errno == ENOENT) {
                /* A new file is 0600 whatever the umask: history is private. (Not O_EXCL:
                 * HISTFILE may be a symbolic link to a file still to be made.) */
                fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
                if (fd >= 0)
                    (void)fchmod(fd, 0600);
            }
            if (fd < 0 && errno == EISDIR)
                return NOT_REGULAR;
        } else {
            fd = open(path, O_RDWR | O_CLOEXEC | O_NONBLOCK);
            if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EISDIR)) {
                *writable = false;
                fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
            }
        }
        if (fd < 0)
            return -1;
        struct stat st, now;
        if (fstat(fd, &st) < 0) {
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
        if (!S_ISREG(st.st_mode)) {
            close(fd);
            return S_ISCHR(st.st_mode) ? DEVICE : NOT_REGULAR;
        }
        *locked = lock(fd, *writable ? F_WRLCK : F_RDLCK) == 0;
        if (!*locked) {
            if (errno == EINTR) {
                close(fd);
                return -1;
            }
            return fd;
        }
        if (stat(path, &now) == 0 && now.st_dev == st.st_dev && now.st_ino == st.st_ino)
            return fd;
        close(fd);
    }
    errno = EAGAIN;
    return -1;
}

static bool write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return false;
        if (w == 0) {
            errno = ENOSPC;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* Replaces path with text: a new file beside it, written, synced and closed without error,
 * then renamed over it. Anything less (a full disk) leaves the old file as it was; writing in
 * place instead could leave half a file. The caller holds the lock on the old file, so no
 * other shell appends between our read and the rename. */
static bool replace(const char *path, const struct stat *old, const char *text, size_t len)
{
    /* A symbolic link stays a link: the file it leads to is the one replaced. */
    char *real = realpath(path, NULL);
    if (!real)
        return false;
    struct strbuf tmp = {0};
    sb_addf(&tmp, "%s.XXXXXX", real);
    int fd = mkostemp(tmp.s, O_CLOEXEC);
    bool ok = fd >= 0;
    if (ok) {
        if (old->st_uid != geteuid() || old->st_gid != getegid())
            (void)!fchown(fd, old->st_uid, old->st_gid); /* root trimming a user's file */
        ok = fchmod(fd, 0600) == 0 && write_all(fd, text, len) && fsync(fd) == 0;
        int saved = errno;
        ok = close(fd) == 0 && ok;
        if (!ok && saved)
            errno = saved;
        ok = ok && rename(tmp.s, real) == 0;
        if (!ok) {
            saved = errno;
            unlink(tmp.s);
            errno = saved;
        }
    }
    sb_release(&tmp);
    free(real);
    return ok;
}

/* Reads fd to its end. NULL on a read error: such a file must not be trimmed. */
static char *read_all(int fd, size_t *len)
{
    struct strbuf sb = {0};
    if (sb_read_fd(&sb, fd) < 0) {
        int saved = errno;
        sb_release(&sb);
        errno = saved;
        return NULL;
    }
    *len = sb.len;
    sb_addc(&sb, '\0'); /* an empty file still gets a buffer */
    return sb_detach(&sb);
}

char *histfile_load(const char *path, long keep, size_t *len)
{
    bool writable, locked;
    int fd = open_locked(path, false, &writable, &locked);
    if (fd == DEVICE)
        return NULL;
    if (fd == NOT_REGULAR) {
        warn(&warned_kind, path, "not a regular file, left alone", 0);
        return NULL;
    }
    if (fd < 0) {
        if (errno != ENOENT)
            warn(&warned_read, path, "cannot read", errno);
        return NULL;
    }
    char *text = read_all(fd, len);
    if (!text) {
        warn(&warned_read, path, "cannot read (left alone)", errno);
        close(fd);
        return NULL;
    }
    if (keep >= 0 && writable && locked) {
        bool timed = histfile_timed(text, *len);
        const char *end = text + *len;
        long count = 0;
        for (const char *p = text; p < end; p = histfile_entry_end(p, end, timed))
            count++;
        if (count > keep) {
            const char *p = text;
            for (long skip = count - keep; skip > 0; skip--)
                p = histfile_entry_end(p, end, timed);
            struct stat st;
            if (fstat(fd, &st) < 0 || !replace(path, &st, p, (size_t)(end - p))) {
                warn(&warned_trim, path, "cannot trim, left as it was", errno);
            } else {
                *len = (size_t)(end - p);
                memmove(text, p, *len + 1);
            }
        }
    }
    close(fd); /* only now may other shells append */
    return text;
}

void histfile_append(const char *path, const char *text, size_t len)
{
    bool writable, locked;
    int fd = open_locked(path, true, &writable, &locked);
    if (fd == DEVICE)
        return;
    if (fd == NOT_REGULAR) {
        warn(&warned_kind, path, "not a regular file, left alone", 0);
        return;
    }
    if (fd < 0) {
        if (!append_failing)
            error_msg("history: %s: cannot append: %s", path, strerror(errno));
        append_failing = true;
        return;
    }
    struct stat st;
    bool ok = fstat(fd, &st) == 0, have_size = ok;
    /* A file that does not end in a newline (a program that stopped mid-line) would glue our
     * time line to its last line. */
    char last = '\n';
    if (ok && st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) != 1)
        last = '\n';
    ok = ok && (last == '\n' || write_all(fd, "\n", 1)) && write_all(fd, text, len);
    if (!ok) {
        int saved = errno;
        /* A full disk may take part of the entry: cut it off again, so the next entry does
         * not start in the middle of a line. */
        if (locked && have_size)
            (void)!ftruncate(fd, st.st_size);
        if (!append_failing)
            error_msg("history: %s: cannot append: %s", path, strerror(saved));
        append_failing = true;
    } else {
        append_failing = false;
    }
    close(fd);
}
