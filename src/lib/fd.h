/* fd.h — where the shell keeps the descriptors it opens for itself (saved copies, the script,
 * the terminal): out of the way of the 0-9 that scripts use. Below everything else; no state. */
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

#endif
