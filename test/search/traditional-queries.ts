/** The Traditional queries, each with the Simplified form the sample prints. */
export const TRADITIONAL_QUERIES: [string, string][] = [
  ["軸承", "轴承"],
  ["鄉村振興", "乡村振兴"],
  ["薛良誠", "薛良诚"],
  ["新質生產力", "新质生产力"],
  ["數控機床", "数控机床"],
  ["東昌府區", "东昌府区"],
  ["寵物食品", "宠物食品"],
];
