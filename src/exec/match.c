/* match.c — pattern matching notation (XCU 2.14) for `case` (eval.c) and pattern removal
 * (param.c), and for pathname expansion in a multibyte locale (pathname.c; glob() otherwise). */
#include "config.h"

#include "exec/match.h"
#include "lib/mbchar.h"

#include <string.h>
#include <wctype.h>

enum bracket { NO_BRACKET, MATCHED, UNMATCHED };

/* One character of a bracket expression at pat[*q], a backslash quoting it. */
static wchar_t bracket_char(const char *pat, size_t pn, size_t *q)
{
    wchar_t wc;
    if (pat[*q] == '\\' && *q + 1 < pn)
        (*q)++;
    *q += mbchar_decode(pat + *q, pn - *q, &wc);
    return wc;
}

/* XCU 2.14.1 bracket expression starting at pat[p] == '[', tested against the character c.
 * On MATCHED or UNMATCHED *end is just past the closing ']'. Without a closing ']' the '[' is
 * an ordinary character (NO_BRACKET). Ranges are by code point, as bash does in C.UTF-8: glibc's
 * fnmatch() matches no multibyte character against a range there, which is why conch does not
 * use it in a multibyte locale. */
static enum bracket bracket(const char *pat, size_t pn, size_t p, wchar_t c, size_t *end)
{
    size_t q = p + 1;
    bool negate = q < pn && (pat[q] == '!' || pat[q] == '^');
    if (negate)
        q++;
    bool found = false, first = true;
    for (;; first = false) {
        if (q >= pn)
            return NO_BRACKET;
        if (pat[q] == ']' && !first)
            break;
        if (pat[q] == '[' && q + 1 < pn && (pat[q + 1] == ':' || pat[q + 1] == '=' || pat[q + 1] == '.')) {
            char kind = pat[q + 1];
            const char *close = NULL;
            for (size_t k = q + 2; k + 1 < pn; k++)
                if (pat[k] == kind && pat[k + 1] == ']') {
                    close = pat + k;
                    break;
                }
            if (close) {
                const char *name = pat + q + 2;
                size_t len = (size_t)(close - name);
                q = (size_t)(close - pat) + 2;
                if (kind == ':') {
                    char buf[32];
                    if (len < sizeof buf) {
                        memcpy(buf, name, len);
                        buf[len] = '\0';
                        wctype_t t = wctype(buf);
                        if (t && iswctype((wint_t)c, t))
                            found = true;
                    }
                } else {
                    /* [=c=] and [.c.]: a single character stands for itself. */
                    wchar_t wc;
                    if (len > 0 && mbchar_decode(name, len, &wc) == len && wc == c)
                        found = true;
                }
                continue;
            }
        }
        wchar_t lo = bracket_char(pat, pn, &q);
        if (q + 1 < pn && pat[q] == '-' && pat[q + 1] != ']') {
            q++;
            wchar_t hi = bracket_char(pat, pn, &q);
            if (lo <= c && c <= hi)
                found = true;
        } else if (lo == c) {
            found = true;
        }
    }
    *end = q + 1;
    return found != negate ? MATCHED : UNMATCHED;
}

/* Character by character, invalid bytes one character each. A '*' remembers where it was;
 * on a mismatch the last '*' takes one more character and matching resumes after it. Going
 * back to the last '*' only is enough because every other pattern item matches exactly one
 * character, and it keeps the cost at O(pattern x string) instead of exponential. */
static bool match_chars(const char *pat, size_t pn, const char *str, size_t sn)
{
    size_t p = 0, s = 0, star_p = 0, star_s = 0;
    bool star = false;
    while (s < sn) {
        wchar_t sc;
        size_t slen = mbchar_decode(str + s, sn - s, &sc);
        if (p < pn) {
            size_t end;
            switch (pat[p]) {
            case '*':
                while (p < pn && pat[p] == '*')
                    p++;
                star = true;
                star_p = p;
                star_s = s;
                continue;
            case '?':
                p++;
                s += slen;
                continue;
            case '[':
                switch (bracket(pat, pn, p, sc, &end)) {
                case MATCHED:
                    p = end;
                    s += slen;
                    continue;
                case UNMATCHED:
                    goto mismatch;
                case NO_BRACKET:
                    break;
                }
                break;
            case '\\':
                if (p + 1 < pn)
                    p++;
                break;
            }
            wchar_t pc;
            size_t plen = mbchar_decode(pat + p, pn - p, &pc);
            if (pc == sc) {
                p += plen;
                s += slen;
                continue;
            }
        }
    mismatch:
        if (!star)
            return false;
        star_s += mbchar_len(str + star_s, sn - star_s);
        s = star_s;
        p = star_p;
    }
    while (p < pn && pat[p] == '*')
        p++;
    return p == pn;
}

/* XCU 2.14, for match_pattern() in match.h. */
bool match_pattern_chars(const char *pat, const char *str)
{
    return match_chars(pat, strlen(pat), str, strlen(str));
}
