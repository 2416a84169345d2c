/* fuzz-exec.c — libFuzzer target for whole scripts: each input is run as a script file by the
 * shell's own main (conch_main, from libconch.a) in a sandboxed child, one child per input.
 *
 * Why a child: the shell exits, forks, traps signals and keeps global state (variables,
 * functions, traps, jobs, open descriptors) that no reset function covers; a fresh process per
 * input is the only state that replays exactly. Why not the real conch binary: libFuzzer's
 * coverage counters live in this process. Children copy theirs into a shared page when they
 * end (exit, _exit, sanitizer death), and the parent folds them into its own, so code run only
 * in the shell, its subshells and command substitutions still guides the fuzzer.
 *
 * The sandbox, for a script that may do anything a shell can:
 *  - no program can be started: execve is wrapped (-Wl,--wrap, see Makefile.am) to fail, PATH
 *    is empty; a relative name that exists fails with ENOEXEC, so the shell runs it as a script
 *    (XCU 2.9.1.6), which is shell code worth fuzzing too;
 *  - at most MAX_FORKS forks per input (fork wrapped, vfork refused), and RLIMIT_NPROC;
 *  - kill reaches only processes of the child's own session (it calls setsid), never -1;
 *    stop signals are dropped so a script cannot park itself until the timeout;
 *  - writes (O_WRONLY, O_RDWR, O_CREAT...) only inside the scratch directory or /dev/null;
 *  - as root, the child becomes nobody before running anything;
 *  - RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_CORE, and RLIMIT_AS when not under ASan
 *    (its shadow memory needs terabytes of address space: use -malloc_limit_mb there);
 *  - stdin is /dev/null, stdout and stderr /dev/null; a wall-clock limit of TIMEOUT_MS kills
 *    the child's process group.
 * A crash is: a sanitizer report in the child or any of its subshells, or a death by SIGSEGV,
 * SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP or SIGSYS that the script did not send itself with
 * kill. Timeouts, SIGXCPU, SIGXFSZ, SIGKILL and SIGPIPE are limits doing their job. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sanitizer/common_interface_defs.h>
#include <sanitizer/lsan_interface.h>

static size_t ncounters;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int conch_main(int argc, char **argv); /* src/front/main.c, renamed in libconch.a */

enum {
    MAX_FORKS = 64,   /* per input, all descendants together */
    TIMEOUT_MS = 1000, /* wall clock, per input */
    NOBODY = 65534,
};

/* The inline 8-bit coverage counters of -fsanitize=fuzzer. Their bounds are taken from the
 * call that registers them with libFuzzer (wrapped): declaring the linker's
 * __start___sancov_cntrs here would clash with the compiler's own declaration in this file,
 * and the registration would get null bounds. */
static uint8_t *counters;
void __real___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop);
void __wrap___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop);
void __wrap___sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop)
{
    if (!counters && start && stop > start) {
        counters = start;
        ncounters = (size_t)(stop - start);
    }
    __real___sanitizer_cov_8bit_counters_init(start, stop);
}

/* Shared between the fuzzer and every process of one input (MAP_SHARED, inherited by fork). */
struct shared {
    int crashed;            /* a sanitizer reported an error in some process of the input */
    int forks;              /* forks so far */
    uint64_t sent;          /* signals the script sent with kill, one bit each */
    uint8_t counters[];     /* the children's coverage, merged with max */
};
static struct shared *shm;
static char scratch[PATH_MAX]; /* this input's directory, while it runs */
static size_t scratch_len;
static int in_child;

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("fuzz-exec: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- Coverage from the children ---------------------------------------------------------- */

/* Several processes of one input may merge at once: a lost maximum only loses a little
 * coverage feedback, never correctness. */
static void flush_coverage(void)
{
    if (!shm || !in_child)
        return;
    uint8_t *c = counters;
    for (size_t i = 0; i < ncounters; i++)
        if (c[i] > shm->counters[i])
            shm->counters[i] = c[i];
}

static void fold_coverage(void)
{
    uint8_t *c = counters;
    for (size_t i = 0; i < ncounters; i++)
        if (shm->counters[i] > c[i])
            c[i] = shm->counters[i];
}

static void on_sanitizer_death(void)
{
    __atomic_store_n(&shm->crashed, 1, __ATOMIC_SEQ_CST);
    flush_coverage();
}

/* ---- Wrapped system calls (the shell's objects call these instead of the real ones) ----- */

pid_t __real_fork(void);
pid_t __wrap_fork(void);
pid_t __wrap_vfork(void);
int __wrap_execve(const char *path, char *const argv[], char *const envp[]);
int __real_kill(pid_t pid, int sig);
int __wrap_kill(pid_t pid, int sig);
void __real__exit(int status) __attribute__((noreturn));
void __wrap__exit(int status) __attribute__((noreturn));
void __real_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status) __attribute__((noreturn));
int __real_open(const char *path, int flags, ...);
int __wrap_open(const char *path, int flags, ...);

pid_t __wrap_fork(void)
{
    if (in_child && __atomic_add_fetch(&shm->forks, 1, __ATOMIC_SEQ_CST) > MAX_FORKS) {
        errno = EAGAIN;
        return -1;
    }
    return __real_fork();
}

/* A vfork child shares the caller's stack: no wrapper may return into it. spawn.c then falls
 * back to... nothing: the command fails as if the system were out of processes. */
pid_t __wrap_vfork(void)
{
    errno = EAGAIN;
    return -1;
}

int __wrap_execve(const char *path, char *const argv[], char *const envp[])
{
    (void)argv;
    (void)envp;
    struct stat st;
    if (path[0] != '/' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        errno = ENOEXEC; /* the shell runs it as a script */
    else
        errno = path[0] == '/' ? EACCES : ENOENT;
    return -1;
}

static bool in_session(pid_t pid)
{
    pid_t s = getsid(pid);
    return s >= 0 && s == getsid(0);
}

int __wrap_kill(pid_t pid, int sig)
{
    if (!in_child)
        return __real_kill(pid, sig);
    if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU)
        return 0;
    if (pid == -1 || (pid > 0 && !in_session(pid)) || (pid < -1 && !in_session(-pid))) {
        errno = EPERM;
        return -1;
    }
    if (sig > 0 && sig < 64)
        __atomic_or_fetch(&shm->sent, (uint64_t)1 << sig, __ATOMIC_SEQ_CST);
    return __real_kill(pid, sig);
}

void __wrap__exit(int status)
{
    flush_coverage();
    __real__exit(status);
}

/* libFuzzer's exit handler takes any exit() for a bug of the fuzzer itself (and symbolizes a
 * stack trace first, which costs a third of a second): the shell's exit() ends here instead,
 * with what exit() would do for it (conch registers no exit handlers of its own) and the leak
 * check LeakSanitizer would have done at exit. */
void __wrap_exit(int status)
{
    if (!in_child)
        __real_exit(status); /* libFuzzer's own exits (the wrap covers every object) */
    fflush(NULL);
    flush_coverage();
    __lsan_do_leak_check();
    __real__exit(status);
}

/* Opening for writing: only /dev/null, or a name inside the scratch directory. */
static bool may_write(const char *path)
{
    if (strcmp(path, "/dev/null") == 0)
        return true;
    if (strstr(path, ".."))
        return false;
    if (path[0] == '/')
        return strncmp(path, scratch, scratch_len) == 0 && path[scratch_len] == '/';
    char cwd[PATH_MAX];
    return getcwd(cwd, sizeof cwd) && strncmp(cwd, scratch, scratch_len) == 0
           && (cwd[scratch_len] == '\0' || cwd[scratch_len] == '/');
}

int __wrap_open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (in_child && ((flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND)))
        && !may_write(path)) {
        errno = EACCES;
        return -1;
    }
    return __real_open(path, flags, mode);
}

/* ---- The child ------------------------------------------------------------------------- */

static void limit(int resource, rlim_t n)
{
    struct rlimit rl = {n, n};
    setrlimit(resource, &rl);
}

static bool is_dev_null(int fd)
{
    struct stat a, b;
    return fstat(fd, &a) == 0 && stat("/dev/null", &b) == 0 && S_ISCHR(a.st_mode)
           && a.st_rdev == b.st_rdev;
}

static void __attribute__((noreturn)) run_child(void)
{
    in_child = 1;
    setsid();
    __sanitizer_set_death_callback(on_sanitizer_death);
    /* Sanitizer reports keep going to the fuzzer's stderr (unless libFuzzer already took it
     * over with -close_fd_mask), on a descriptor the script is unlikely to touch. */
    if (!is_dev_null(STDERR_FILENO)) {
        int rfd = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 900);
        if (rfd >= 0)
            __sanitizer_set_report_fd((void *)(intptr_t)rfd);
    }
    /* libFuzzer's handlers would treat the child as the fuzzer itself. ASan keeps SIGSEGV and
     * SIGBUS, whose reports end in on_sanitizer_death. */
    static const int dfl[] = {SIGABRT, SIGILL, SIGFPE, SIGINT, SIGTERM, SIGXFSZ, SIGXCPU,
                              SIGUSR1, SIGUSR2, SIGALRM, SIGHUP, SIGQUIT, SIGPIPE, SIGTRAP};
    for (size_t i = 0; i < sizeof dfl / sizeof dfl[0]; i++)
        signal(dfl[i], SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);

    int null = __real_open("/dev/null", O_RDWR);
    if (null < 0)
        __real__exit(125);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    if (null > 2)
        close(null);
    if (chdir(scratch) != 0)
        __real__exit(125);
    if (geteuid() == 0
        && (setgroups(0, NULL) != 0 || setgid(NOBODY) != 0 || setuid(NOBODY) != 0))
        __real__exit(125);
    limit(RLIMIT_CPU, 1);
    limit(RLIMIT_FSIZE, 1 << 20);
    limit(RLIMIT_NOFILE, 256);
    limit(RLIMIT_CORE, 0);
    limit(RLIMIT_NPROC, 256);
#if defined(__has_feature)
#if !__has_feature(address_sanitizer)
    limit(RLIMIT_AS, (rlim_t)2 << 30);
#endif
#endif
    clearenv();
    setenv("PATH", "", 1);
    setenv("HOME", scratch, 1);
    setenv("LC_ALL", "C", 1);
    char *argv[] = {"conch", "script", NULL};
    __wrap_exit(conch_main(2, argv));
}

/* ---- The fuzzer's side ----------------------------------------------------------------- */

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP)
        rmdir(path);
    else
        unlink(path);
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (ncounters == 0)
        say("no coverage counters found: the children's coverage will not guide the fuzzer");
    shm = mmap(NULL, sizeof *shm + ncounters, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
               -1, 0);
    if (shm == MAP_FAILED) {
        perror("fuzz-exec: mmap");
        exit(1);
    }
    return 0;
}

static bool crash_signal(int sig)
{
    switch (sig) {
    case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGABRT: case SIGTRAP: case SIGSYS:
        return !(shm->sent & ((uint64_t)1 << sig));
    default:
        return false;
    }
}

static bool sent_crash_signal(void)
{
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (shm->sent & ((uint64_t)1 << sigs[i]))
            return true;
    return false;
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000;
}

/* Waits for pid to end, leaving it a zombie so its process group cannot be reused while the
 * rest of the group is killed. Returns false on timeout. */
static bool wait_exit(pid_t pid)
{
    long deadline = now_ms() + TIMEOUT_MS;
    struct timespec nap = {0, 50000};
    for (;;) {
        siginfo_t si;
        si.si_pid = 0;
        if (waitid(P_PID, pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid)
            return true;
        if (now_ms() > deadline)
            return false;
        nanosleep(&nap, NULL);
        if (nap.tv_nsec < 4000000)
            nap.tv_nsec *= 2;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return -1;
    snprintf(scratch, sizeof scratch, "%s/conch-fuzz-exec.XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(scratch)) {
        perror("fuzz-exec: mkdtemp");
        abort();
    }
    scratch_len = strlen(scratch);
    char path[PATH_MAX + 16];
    snprintf(path, sizeof path, "%s/script", scratch);
    int fd = __real_open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size) {
        perror("fuzz-exec: script");
        abort();
    }
    close(fd);
    if (geteuid() == 0 && (chown(scratch, NOBODY, NOBODY) != 0 || chmod(scratch, 0700) != 0)) {
        perror("fuzz-exec: chown");
        abort();
    }

    memset(shm, 0, sizeof *shm + ncounters);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = __real_fork();
    if (pid < 0) {
        perror("fuzz-exec: fork");
        abort();
    }
    if (pid == 0)
        run_child();
    bool ended = wait_exit(pid);
    __real_kill(-pid, SIGKILL); /* what is left of the session's first process group */
    if (!ended)
        __real_kill(pid, SIGKILL);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    nftw(scratch, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    fold_coverage();

    /* ASan catches SIGSEGV, SIGBUS and SIGFPE and reports them: after `kill -s SEGV $$` that
     * report is the script's doing, not a crash. */
    if (__atomic_load_n(&shm->crashed, __ATOMIC_SEQ_CST) && !sent_crash_signal()) {
        say("the shell hit a sanitizer error (report above)");
        abort();
    }
    if (ended && WIFSIGNALED(status) && crash_signal(WTERMSIG(status))) {
        say("the shell died of signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
        abort();
    }
    return 0;
}
