/// Hands freed heap memory back to the operating system. An FTS5 query over a common word
/// reads the word's whole list of hits into memory for a moment; glibc keeps the freed
/// megabytes in the process unless asked, and they would stay in its RSS.
enum Memory {
  static func giveBack() {
    #if os(Linux)
      _ = mallocTrim(0)
    #endif
  }
}

#if os(Linux)
  // glibc's malloc_trim (malloc.h is not part of the Glibc module).
  @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif
