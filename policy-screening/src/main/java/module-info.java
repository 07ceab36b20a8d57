/**
 * The compiled screener: a catalogue's criteria as bitwise programs over columns of many firms, for
 * screening whole registries. Kept out of the core so that an application assessing one firm at a
 * time carries none of it; its outcomes equal the core's explained engine on every input.
 */
module io.github.srdipolicy.screening {
  requires transitive io.github.srdipolicy.model;

  exports io.github.srdipolicy.screening;
}
