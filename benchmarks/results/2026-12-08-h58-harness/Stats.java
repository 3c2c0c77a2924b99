package dev.bouncedoc.benchmarks;
import dev.bouncedoc.match.*;
import java.lang.reflect.*;
import java.util.*;
public class Stats {
  public static void main(String[] a) throws Exception {
    List<String> texts = a[0].equals("short") ? Inputs.shortTexts() : Inputs.replyLines(a[0].equals("replyJa"));
    RuleSet rs = Inputs.bundledRules();
    Field pv = RuleSet.class.getDeclaredField("phraseValues"); pv.setAccessible(true);
    Object[] phraseValues = (Object[]) pv.get(rs);
    Field cr = RuleSet.class.getDeclaredField("conditionRule"); cr.setAccessible(true);
    int[] condRule = (int[]) cr.get(rs);
    Field rc = RuleSet.class.getDeclaredField("ruleConditions"); rc.setAccessible(true);
    int[][] ruleConds = (int[][]) rc.get(rs);
    long chars=0, hits=0, values=0, conds=0, rules=0, tokens=0, matched=0, multiCondRules=0;
    for (String t : texts) {
      String n = TextNormalizer.normalize(t).text();
      chars += n.length();
      List<PhraseAutomaton.Hit> h = rs.automaton().search(n);
      hits += h.size();
      Set<Integer> cs = new HashSet<>(), rr = new HashSet<>();
      for (PhraseAutomaton.Hit x : h) { Object[] vs = (Object[]) phraseValues[x.phrase()]; values += vs.length;
        for (Object v : vs) { Method mm = v.getClass().getDeclaredMethod("condition"); mm.setAccessible(true); int c = (int) mm.invoke(v); cs.add(c); rr.add(condRule[c]); } }
      conds += cs.size(); rules += rr.size();
      for (int r : rr) if (ruleConds[r].length > 1) multiCondRules++;
      tokens += CodeScanner.scan(n).size();
      if (rs.match(t).entry() >= 0) matched++;
    }
    int k = texts.size();
    System.out.printf("texts %d chars/text %.1f hits %.1f values %.1f conds %.1f rules %.1f multi %.1f tokens %.1f matched %d%n",
      k, chars*1.0/k, hits*1.0/k, values*1.0/k, conds*1.0/k, rules*1.0/k, multiCondRules*1.0/k, tokens*1.0/k, matched);
  }
}
