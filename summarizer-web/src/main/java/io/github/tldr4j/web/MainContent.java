package io.github.tldr4j.web;

import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a parsed page and writes it as blocks.
 *
 * <p>The steps, after Readability (Mozilla's reader view), boilerpipe (Kohlschütter et al., WSDM
 * 2010) and trafilatura (Barbaresi, ACL 2021), reimplemented from their published descriptions:
 *
 * <ol>
 *   <li>Remove what is never article text: scripts and styles, forms' controls, embedded media,
 *       figures and captions, hidden elements, landmarks for navigation and asides, and elements
 *       whose class or id names furniture ({@link Hints}) unless they hold the page's main
 *       landmark ({@code <article>}, {@code <main>}, {@code itemprop=articleBody}).
 *   <li>Score paragraphs (text of at least 25 characters): 1 + commas + one point per 100
 *       characters (at most 3), given to the enclosing element, half to the next, a sixth to the
 *       one above, and so on for five levels; each element starts with a score for its tag and
 *       ±25 for its class and id hints, and ends multiplied by 1 minus its link density.
 *   <li>Take the best-scored element, move up to a shared ancestor when several near-best
 *       candidates sit under one, and add siblings that score well or are plain paragraphs.
 *   <li>Write the blocks of that content in order, skipping nested sections that look like
 *       furniture (link-dense lists and boxes, more images than paragraphs, form controls) and
 *       link-only lines.
 * </ol>
 *
 * All walks over the tree are iterative, so nesting depth cannot overflow the stack; the work is
 * linear in the size of the page. Not thread-safe: one instance per page.
 */
final class MainContent {

  /** Elements that never hold article text. */
  private static final Set<String> DROP =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
          "embed", "applet", "svg", "math", "canvas", "video", "audio", "source", "track",
          "picture", "figure", "figcaption", "button", "input", "select", "option", "optgroup",
          "textarea", "label", "dialog", "map", "area", "link", "meta", "head", "title", "base",
          "img", "nav", "aside", "footer", "header", "menu", "address", "fieldset", "legend",
          "datalist", "output", "progress", "meter");

  /** Landmark roles of furniture. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
          "dialog", "alertdialog", "toolbar", "tablist", "alert", "status", "marquee", "note");

  /** Block-level elements: each starts a new block of text. */
  static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
          "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
          "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
          "td", "th", "ul", "caption", "body", "html", "frameset", "noscript", "listing",
          "plaintext", "xmp");

  /** How far above the best candidate a shared ancestor of near-best candidates is looked for. */
  private static final int MAX_CLIMB = 12;

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Elements whose own text, between their blocks or line breaks, is paragraphs of theirs. */
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "td", "body");
  private static final Set<String> LANDMARKS = Set.of("article", "main");

  /** Counts gathered bottom-up for every element of the cleaned page. */
  static final class Stat {
    int chars;
    int linkChars;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int headings;
    int blocks;
    int breaks;
    int landmark;
    double score;
    boolean scored;
  }

  private final Element body;
  private final Map<Element, Stat> stats = new IdentityHashMap<>();
  private int maxLandmark;

  MainContent(Element body) {
    this.body = body;
  }

  /** Finds and writes the main text; empty when the page has none. */
  List<String> blocks(String title) {
    count();
    clean();
    stats.clear();
    count();
    Element top = topCandidate();
    if (top == null) {
      return List.of();
    }
    List<Element> content = withSiblings(top);
    BlockWriter writer = new BlockWriter(title);
    for (Element element : content) {
      writer.write(element);
    }
    return writer.blocks();
  }

  // ---- counting -----------------------------------------------------------------------------

  private Stat stat(Element element) {
    return stats.computeIfAbsent(element, e -> new Stat());
  }

  private void count() {
    maxLandmark = 0;
    NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            Node parent = node.parentNode();
            Stat up = parent instanceof Element && node != body ? stat((Element) parent) : null;
            if (node instanceof TextNode) {
              if (up != null) {
                String text = ((TextNode) node).getWholeText();
                for (int i = 0; i < text.length(); i++) {
                  char c = text.charAt(i);
                  if (!Words.isWhitespace(c)) {
                    up.chars++;
                    if (c == ',' || c == '\u060C' || c == '\u3001' || c == '\uFF0C') {
                      up.commas++;
                    }
                  }
                }
              }
              return;
            }
            if (!(node instanceof Element)) {
              return;
            }
            Element element = (Element) node;
            Stat own = stat(element);
            String tag = element.normalName();
            if (tag.equals("a")) {
              own.linkChars = own.chars;
            }
            if (LANDMARKS.contains(tag)
                || element.attr("itemprop").equalsIgnoreCase("articleBody")
                || element.attr("role").equalsIgnoreCase("main")) {
              own.landmark = Math.max(own.landmark, own.chars);
              maxLandmark = Math.max(maxLandmark, own.chars);
            }
            if (up == null) {
              return;
            }
            up.chars += own.chars;
            up.linkChars += own.linkChars;
            up.commas += own.commas;
            up.paragraphs += own.paragraphs + (tag.equals("p") ? 1 : 0);
            up.images += own.images + (tag.equals("img") ? 1 : 0);
            up.items += own.items + (tag.equals("li") ? 1 : 0);
            up.inputs += own.inputs + (tag.equals("input") || tag.equals("select") ? 1 : 0);
            up.headings += own.headings + (HEADINGS.contains(tag) ? 1 : 0);
            up.blocks += own.blocks + (BLOCKS.contains(tag) ? 1 : 0);
            up.breaks += own.breaks + (tag.equals("br") ? 1 : 0);
            up.landmark = Math.max(up.landmark, own.landmark);
          }
        },
        body);
  }

  /** Whether removing the element would remove most of the page's main landmark. */
  private boolean holdsLandmark(Element element) {
    Stat stat = stats.get(element);
    return stat != null && maxLandmark > 0 && stat.landmark >= maxLandmark / 2;
  }

  // ---- cleaning -----------------------------------------------------------------------------

  private void clean() {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element) {
              return furniture((Element) node) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode || node.nodeName().equals("#data")) {
              return FilterResult.CONTINUE;
            }
            return FilterResult.REMOVE; // comments, declarations
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  private boolean furniture(Element element) {
    if (element == body) {
      return false;
    }
    String tag = element.normalName();
    if (DROP.contains(tag)) {
      return !(isLandmarkTag(tag) && holdsLandmark(element))
          || tag.equals("script")
          || tag.equals("style");
    }
    if (hidden(element)) {
      return true;
    }
    String role = element.attr("role").toLowerCase(Locale.ROOT).trim();
    if (FURNITURE_ROLES.contains(role) && !holdsLandmark(element)) {
      return true;
    }
    if (tag.equals("a") || tag.equals("html") || LANDMARKS.contains(tag)) {
      return false;
    }
    return Hints.unlikely(element) && !holdsLandmark(element);
  }

  private static boolean isLandmarkTag(String tag) {
    return tag.equals("nav")
        || tag.equals("aside")
        || tag.equals("header")
        || tag.equals("footer")
        || tag.equals("address")
        || tag.equals("menu")
        || tag.equals("fieldset");
  }

  private static boolean hidden(Element element) {
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  // ---- scoring ------------------------------------------------------------------------------

  private Element topCandidate() {
    List<Element> candidates = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      String tag = element.normalName();
      Stat stat = stats.get(element);
      if (stat == null || stat.chars < 25) {
        continue;
      }
      boolean leaf = stat.blocks == 0;
      if (leaf && stat.breaks >= 2 && CONTAINERS.contains(tag)) {
        // paragraphs written as text between <br> tags: the element holds them, as a <div> holds <p>s
        addScore(element, paragraphScore(stat), candidates);
      } else if (tag.equals("p") || tag.equals("pre") || (leaf && BLOCKS.contains(tag) && !HEADINGS.contains(tag) && !tag.equals("li"))) {
        if (element.parent() != null) {
          addScore(element.parent(), paragraphScore(stat), candidates);
        }
      } else if (!leaf && CONTAINERS.contains(tag)) {
        // text written straight into a container, between its blocks: a paragraph of its own
        int chars = 0;
        int commas = 0;
        for (Node child : element.childNodes()) {
          if (child instanceof TextNode) {
            String text = ((TextNode) child).getWholeText();
            for (int i = 0; i < text.length(); i++) {
              char c = text.charAt(i);
              if (!Words.isWhitespace(c)) {
                chars++;
                if (c == ',') {
                  commas++;
                }
              }
            }
          } else if (child instanceof Element && !BLOCKS.contains(((Element) child).normalName())) {
            Stat inline = stats.get((Element) child);
            if (inline != null && inline.blocks == 0) {
              chars += inline.chars;
              commas += inline.commas;
            }
          }
        }
        if (chars >= 25) {
          addScore(element, 1 + commas + Math.min(chars / 100, 3), candidates);
        }
      }
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element candidate : candidates) {
      Stat stat = stats.get(candidate);
      stat.score *= 1 - linkDensity(stat);
      if (stat.score > bestScore) {
        bestScore = stat.score;
        best = candidate;
      }
    }
    if (best == null) {
      return stats.get(body) != null && stats.get(body).chars > 0 ? body : null;
    }
    return refine(best, candidates);
  }

  private static double paragraphScore(Stat stat) {
    return 1 + stat.commas + Math.min(stat.chars / 100, 3);
  }

  private void addScore(Element first, double score, List<Element> candidates) {
    Element element = first;
    for (int level = 0; level < 5 && element != null; level++) {
      Stat stat = stat(element);
      if (!stat.scored) {
        stat.scored = true;
        stat.score = baseScore(element);
        candidates.add(element);
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      stat.score += score / divider;
      if (element == body) {
        break;
      }
      element = element.parent();
    }
  }

  private static double baseScore(Element element) {
    double score;
    switch (element.normalName()) {
      case "div":
      case "article":
      case "main":
        score = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        score = 3;
        break;
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        score = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        score = -5;
        break;
      default:
        score = 0;
    }
    return score + Hints.weight(element);
  }

  static double linkDensity(Stat stat) {
    return stat.chars == 0 ? 0 : Math.min(1.0, stat.linkChars / (double) stat.chars);
  }

  private double score(Element element) {
    Stat stat = stats.get(element);
    return stat == null || !stat.scored ? 0 : stat.score;
  }

  /** Moves up from the best candidate when the article is spread over several children. */
  private Element refine(Element best, List<Element> candidates) {
    double top = score(best);
    // near-best candidates elsewhere: climb to an ancestor that holds at least three of them
    List<Element> near = new ArrayList<>();
    for (Element candidate : candidates) {
      if (candidate != best && score(candidate) >= 0.75 * top) {
        near.add(candidate);
      }
    }
    near.sort((a, b) -> Double.compare(score(b), score(a)));
    if (near.size() > 4) {
      near = near.subList(0, 4);
    }
    Element result = best;
    if (near.size() >= 3) {
      int level = 0;
      for (Element parent = best.parent();
          parent != null && parent != body.parent() && level < MAX_CLIMB;
          parent = parent.parent(), level++) {
        int held = 0;
        for (Element other : near) {
          if (isAncestor(parent, other)) {
            held++;
          }
        }
        if (held >= 3) {
          result = parent;
          break;
        }
      }
    }
    result = repeated(result, top, candidates);
    // a parent that scores better than the candidate holds more of the article
    double last = score(result);
    double threshold = last / 3;
    for (Element parent = result.parent(); parent != null && result != body; parent = parent.parent()) {
      Stat stat = stats.get(parent);
      if (stat == null || !stat.scored) {
        if (parent == body) {
          break;
        }
        continue;
      }
      double parentScore = stat.score;
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > last) {
        result = parent;
        break;
      }
      last = parentScore;
      if (parent == body) {
        break;
      }
    }
    // an only child stands for its parent
    while (result != body && result.parent() != null && result.parent() != body
        && result.parent().children().size() == 1) {
      result = result.parent();
    }
    return result;
  }

  /**
   * Moves up to the parent of a repeated part: when the candidate, or one of its two nearest
   * ancestors, has a sibling of the same tag and class holding a near-best candidate (three
   * quarters of the best score, as above), the text is a series of like parts (the posts of a thread, an article cut into
   * several boxes of one kind), and their parent holds all of it.
   */
  private Element repeated(Element start, double top, List<Element> candidates) {
    List<Element> strong = new ArrayList<>();
    for (Element candidate : candidates) {
      if (score(candidate) >= 0.75 * top && !isAncestor(candidate, start) && candidate != start) {
        strong.add(candidate);
      }
    }
    Element part = start;
    for (int level = 0; level < 3 && part != body && part.parent() != null; level++) {
      Element parent = part.parent();
      if (!part.className().isEmpty()) {
        for (Element other : strong) {
          int up = 0;
          for (Element e = other; e != null && up <= MAX_CLIMB; e = e.parent(), up++) {
            if (e.parent() == parent) {
              if (e != part
                  && e.normalName().equals(part.normalName())
                  && e.className().equals(part.className())) {
                return parent;
              }
              break;
            }
          }
        }
      }
      part = parent;
    }
    return start;
  }

  /** Whether {@code ancestor} is within {@link #MAX_CLIMB} levels above {@code node}. */
  private static boolean isAncestor(Element ancestor, Element node) {
    int level = 0;
    for (Element e = node.parent(); e != null && level < 2 * MAX_CLIMB; e = e.parent(), level++) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The candidate with the siblings that belong to the article, in page order. */
  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (top == body || parent == null) {
      return List.of(top);
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        content.add(sibling);
        continue;
      }
      Stat stat = stats.get(sibling);
      if (stat == null) {
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      if (stat.scored && stat.score + bonus >= threshold) {
        content.add(sibling);
      } else if (sibling.normalName().equals("p")
          || (stat.blocks == 0 && !HEADINGS.contains(sibling.normalName()))) {
        double density = linkDensity(stat);
        String text = sibling.text();
        if (stat.chars > 80 && density < 0.25) {
          content.add(sibling);
        } else if (stat.chars > 0 && density == 0 && text.matches("(?s).*\\.( |$).*")) {
          content.add(sibling);
        }
      }
    }
    return content;
  }

  // ---- writing ------------------------------------------------------------------------------

  /** Whether a nested part of the content looks like furniture (Readability's conditional clean). */
  private boolean looksLikeFurniture(Element element, int rootChars) {
    String tag = element.normalName();
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
        || tag.equals("table") || tag.equals("form") || tag.equals("dl"))) {
      return false;
    }
    Stat stat = stats.get(element);
    if (stat == null) {
      return false;
    }
    int weight = Hints.weight(element);
    if (weight + score(element) < 0 && stat.chars * 2 < rootChars) {
      return true;
    }
    if (stat.commas >= 10) {
      return false;
    }
    double density = linkDensity(stat);
    boolean list = tag.equals("ul") || tag.equals("ol");
    int paragraphs = stat.paragraphs;
    if (stat.images > 1 && paragraphs < stat.images / 2.0) {
      return true;
    }
    if (!list && stat.items - 100 > paragraphs) {
      return true;
    }
    if (stat.inputs > paragraphs / 3.0) {
      return true;
    }
    if (!list && stat.chars < 25 && stat.headings == 0 && (stat.images == 0 || stat.images > 2)) {
      return true;
    }
    if (!list && weight < 25 && density > 0.2 && stat.chars < 2000) {
      return true;
    }
    if (list && density > 0.5) {
      return true;
    }
    return weight >= 25 && density > 0.5;
  }

  /** Writes blocks from content elements. */
  private final class BlockWriter {
    private final String title;
    private final List<String> blocks = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private int currentChars;
    private String currentTag = "";
    private int anchors;

    BlockWriter(String title) {
      this.title = Text.collapse(title);
    }

    void write(Element root) {
      Stat rootStat = stats.get(root);
      int rootChars = rootStat == null ? 0 : rootStat.chars;
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode) {
                String text = ((TextNode) node).getWholeText();
                if (current.length() == 0 && currentTag.isEmpty()) {
                  currentTag = "p";
                }
                int before = current.length();
                if (before > 0 && current.charAt(before - 1) != ' ' && !text.isEmpty() && Words.isWhitespace(text.charAt(0))) {
                  current.append(' ');
                }
                Text.appendCollapsed(current, text);
                int added = countChars(current, before);
                currentChars += added;
                if (anchors > 0) {
                  currentLinkChars += added;
                }
                return FilterResult.CONTINUE;
              }
              if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
              }
              Element element = (Element) node;
              String tag = element.normalName();
              if (node != root && looksLikeFurniture(element, rootChars)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (tag.equals("br") || tag.equals("hr")) {
                flush();
                return FilterResult.CONTINUE;
              }
              if (isCell(element)) {
                // a cell without blocks of its own is part of its row's line
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                  current.append(' ');
                }
                if (currentTag.isEmpty()) {
                  currentTag = "tr";
                }
              } else if (BLOCKS.contains(tag)) {
                flush();
                currentTag = tag;
              } else if (tag.equals("a")) {
                anchors++;
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (isCell((Element) node)) {
                  return FilterResult.CONTINUE;
                }
                if (BLOCKS.contains(tag)) {
                  flush();
                } else if (tag.equals("a")) {
                  anchors--;
                }
              }
              return FilterResult.CONTINUE;
            }
          },
          root);
      flush();
    }

    /** A table cell without blocks or line breaks inside: text of its row, not a block. */
    private boolean isCell(Element element) {
      String tag = element.normalName();
      if (!tag.equals("td") && !tag.equals("th")) {
        return false;
      }
      Stat stat = stats.get(element);
      return stat == null || (stat.blocks == 0 && stat.breaks == 0);
    }

    private int countChars(StringBuilder text, int from) {
      int n = 0;
      for (int i = from; i < text.length(); i++) {
        if (text.charAt(i) != ' ') {
          n++;
        }
      }
      return n;
    }

    private void flush() {
      String text = current.toString().trim();
      String tag = currentTag;
      int chars = currentChars;
      int linkChars = currentLinkChars;
      current.setLength(0);
      currentChars = 0;
      currentLinkChars = 0;
      currentTag = "";
      if (text.isEmpty()) {
        return;
      }
      if (tag.equals("h1") || text.equalsIgnoreCase(title)) {
        return;
      }
      if (chars > 0 && linkChars > chars / 2 && !tag.equals("pre")) {
        return; // a link line: "read more", related headlines
      }
      if (!HEADINGS.contains(tag) && !tag.equals("li") && Furniture.isDateLine(text)) {
        return; // "Published 9:40 am, Monday, March 2, 2026": a dateline, not text
      }
      blocks.add(text);
      tags.add(tag);
    }

    /** The blocks, without short unpunctuated lines at either end ("Comments", "More:"). */
    List<String> blocks() {
      int start = 0;
      int end = blocks.size();
      while (end > start && Furniture.isStub(blocks.get(end - 1))) {
        end--;
      }
      while (start < end && Furniture.isStub(blocks.get(start)) && !HEADINGS.contains(tags.get(start))) {
        start++;
      }
      return blocks.subList(start, end);
    }
  }
}
