package sn.convergence.system.web;

import java.util.List;

/** One page of a list endpoint. {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** Cuts one page out of a complete, already ordered list. */
  public static <T> PageResponse<T> of(List<T> all, int page, int size) {
    int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
    int safePage = Math.max(0, page);
    int from = Math.min(all.size(), safePage * safeSize);
    int to = Math.min(all.size(), from + safeSize);
    int pages = (int) Math.ceil(all.size() / (double) safeSize);
    return new PageResponse<>(
        List.copyOf(all.subList(from, to)), safePage, safeSize, all.size(), pages);
  }

  public static <T> PageResponse<T> of(List<T> items, int page, int size, long total) {
    int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
    return new PageResponse<>(
        List.copyOf(items), page, safeSize, total, (int) Math.ceil(total / (double) safeSize));
  }
}
