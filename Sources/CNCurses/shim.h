#ifndef TOVHOLDER_CNCURSES_SHIM_H
#define TOVHOLDER_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import directly. */
static inline WINDOW *tv_stdscr(void) { return stdscr; }
static inline int tv_lines(void) { return LINES; }
static inline int tv_cols(void) { return COLS; }
static inline int tv_colors(void) { return COLORS; }
static inline int tv_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int tv_get_wch(wint_t *ch) { return get_wch(ch); }
static inline int tv_key_code_yes(void) { return KEY_CODE_YES; }
static inline int tv_attr_bold(void) { return (int)A_BOLD; }
static inline int tv_attr_reverse(void) { return (int)A_REVERSE; }
static inline int tv_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int tv_attr_dim(void) { return (int)A_DIM; }
static inline int tv_attr_normal(void) { return (int)A_NORMAL; }
static inline void tv_set_escdelay(int ms) { set_escdelay(ms); }

#endif
