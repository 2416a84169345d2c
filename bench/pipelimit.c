/* bench/pipelimit.c: the floor under the pipe2 workload (`echo x | cat`, N times), compiled and
 * run by bench/run, which prints its time as the row pipe2-limit beside the shells' pipe2 times.
 *
 * Per iteration it does the least any shell must do for `echo x | cat`: pipe(), a vfork'ed child
 * that writes "x\n" to the pipe and _exits (the builtin echo in a forked shell, at its cheapest),
 * a posix_spawn'ed cat reading the pipe and writing to our standard output, and a wait for both.
 * No parsing, no expansion, no job control: a shell cannot get below this. Compiled alone with
 * `cc -O2`, outside conch's build, so it has no config.h. */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void die(const char *what, int err)
{
    errno = err;
    perror(what);
    exit(2);
}

static void reap(pid_t pid)
{
    int status;

    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            die("waitpid", errno);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "pipelimit: child %ld failed (status %#x)\n", (long)pid, status);
        exit(2);
    }
}

/* The child shares our memory until _exit, so it only closes, writes and leaves. In a function
 * of its own: in main, the loop counter lives across vfork, which may clobber it. */
static pid_t __attribute__((noinline)) start_writer(const int fd[2])
{
    pid_t pid = vfork();

    if (pid == 0) {
        close(fd[0]);
        _exit(write(fd[1], "x\n", 2) == 2 ? 0 : 1);
    }
    return pid;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    char *cat_argv[] = {"cat", NULL};

    for (long i = 0; i < n; i++) {
        int fd[2];
        pid_t writer, reader;
        posix_spawn_file_actions_t fa;
        int err;

        if (pipe(fd) < 0)
            die("pipe", errno);
        writer = start_writer(fd);
        if (writer < 0)
            die("vfork", errno);
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, fd[0], 0);
        posix_spawn_file_actions_addclose(&fa, fd[0]);
        posix_spawn_file_actions_addclose(&fa, fd[1]);
        err = posix_spawnp(&reader, "cat", &fa, NULL, cat_argv, environ);
        posix_spawn_file_actions_destroy(&fa);
        if (err != 0)
            die("posix_spawnp cat", err);
        /* Our write end must be closed before cat can see end of file. */
        close(fd[0]);
        close(fd[1]);
        reap(writer);
        reap(reader);
    }
    return 0;
}
