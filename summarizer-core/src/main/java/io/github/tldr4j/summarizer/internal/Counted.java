package io.github.tldr4j.summarizer.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list with a count for each item, handed from one stage of the summarizer to the
 * next so that the next need not count again: the sentences of a text with their word counts, from
 * the page layout to the analysis.
 *
 * <p>Not part of the API (an unexported package).
 *
 * @param <T> the item type
 */
public final class Counted<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final int[] counts;

  /**
   * A list of {@code items} with {@code counts[i]} for item {@code i}; both are kept, not copied.
   *
   * @param items the items, an immutable list
   * @param counts the counts, as many as the items; not modified afterwards
   * @throws IllegalArgumentException if the sizes differ
   */
  public Counted(List<T> items, int[] counts) {
    if (items.size() != counts.length) {
      throw new IllegalArgumentException(items.size() + " items, " + counts.length + " counts");
    }
    this.items = Objects.requireNonNull(items, "items");
    this.counts = counts;
  }

  /**
   * The items.
   *
   * @return the immutable list given
   */
  public List<T> items() {
    return items;
  }

  /**
   * The counts, shared: do not modify them.
   *
   * @return one count per item
   */
  public int[] counts() {
    return counts;
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
