/* The floor for "process start to first full frame": a minimal C ncurses program that fills
   every cell of the screen (80x24 under `make bench-startup`), shows it and exits. */
#include <curses.h>
#include <locale.h>

int main(void) {
  setlocale(LC_ALL, "");
  initscr();
  raw();
  noecho();
  for (int y = 0; y < LINES; y++)
    for (int x = 0; x < COLS; x++) mvaddch(y, x, 'a' + (x + y) % 26);
  refresh();
  endwin();
  return 0;
}
