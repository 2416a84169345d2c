/* fd.h — descriptors the shell makes for itself: kept out of the way of the 0-9 that scripts
 * use (saved copies, the script, the terminal), pipes and anonymous files that children never
 * inherit. Below everything else; no state. The one place that knows which system calls exist
 * (configure's HAVE_PIPE2, HAVE_MEMFD_CREATE, HAVE_MKOSTEMP). */
#ifndef CONCH_FD_H
#define CONCH_FD_H

/* XCU 2.7: "at least 0 to 9" belong to the user; the shell's own start here when it can. */
enum { FD_SHELL_BASE = 10 };

/* A close-on-exec copy of fd at FD_SHELL_BASE or above. When the limit on open files
 * (ulimit -n) is FD_SHELL_BASE or less, or every descriptor from there up is taken, the
 * highest free one between 3 and 9 instead. Returns the copy, or -1 with errno EBADF (fd is
 * not open) or EMFILE (no descriptor is free) -- never EINVAL. fd stays open. */
int fd_dup_high(int fd) __attribute__((warn_unused_result));

/* fd_dup_high, then fd is closed. When no copy can be had, fd itself is returned, made
 * close-on-exec, so the caller always gets a usable descriptor. */
int fd_move_high(int fd) __attribute__((warn_unused_result));

/* pipe(2) with both ends close-on-exec. Returns 0, or -1 with errno. Where pipe2 is missing
 * the ends are open without the flag for a moment: conch has no threads that could fork then. */
int fd_pipe(int p[2]) __attribute__((warn_unused_result));

/* A new empty file, open for reading and writing, close-on-exec, that has no name (so nothing
 * is left behind): memfd_create where it exists (name is only shown in /proc), else a file
 * made with mkstemp in $TMPDIR or /tmp and unlinked at once. Returns it, or -1 with errno. */
int fd_anon_file(const char *name) __attribute__((warn_unused_result));

#endif
