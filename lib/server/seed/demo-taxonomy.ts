/** The desk's starting themes, fitted to the Russia-Iran corpus; the first nine get digit shortcuts. */
export const DEMO_THEMES: { name: string; color: string; description: string }[] = [
  { name: 'Military cooperation', color: '#b91c1c', description: 'Arms transfers, joint exercises, defence pacts, military advisers.' },
  { name: 'Drones and missiles', color: '#c2410c', description: 'Shahed drones, ballistic missiles, production and transfers.' },
  { name: 'Sanctions and economy', color: '#a16207', description: 'Sanctions evasion, trade routes, payments, energy deals.' },
  { name: 'Nuclear programme', color: '#7c3aed', description: "Iran's nuclear programme, enrichment, the JCPOA and strikes on facilities." },
  { name: 'Diplomacy and treaties', color: '#0369a1', description: 'Summits, the strategic partnership treaty, the UN Security Council.' },
  { name: 'Syria', color: '#15803d', description: 'The Syrian war, Assad, bases such as Hmeimim, deconfliction.' },
  { name: 'Israel-Iran conflict', color: '#be185d', description: 'Strikes, proxies such as Hezbollah and Hamas, escalation risks.' },
  { name: 'Ukraine war', color: '#1d4ed8', description: "Russia's war in Ukraine and Iran's support for it." },
  { name: 'BRICS and multipolarity', color: '#0f766e', description: 'BRICS, the Global South, an anti-Western bloc, a multipolar order.' },
  { name: 'Caucasus and corridors', color: '#4d7c0f', description: 'Armenia, Azerbaijan, Zangezur, the North-South transport corridor.' },
  { name: 'Cyber and information operations', color: '#475569', description: 'Cyber capabilities, propaganda, disinformation.' },
  { name: 'Framing and loaded language', color: '#9333ea', description: "Wording that carries the author's judgement: loaded terms, unsourced claims." },
];

/** A few highlights by two analysts, so a new user opens a living page. Quotes are exact text of the articles. */
export const DEMO_HIGHLIGHTS: { file: string; author: string; quote: string; themes: string[]; note: string }[] = [
  { file: '004_e2fa2fdee5d61bcb.txt', author: 'analyst@example.org', quote: 'Iran has been accused of supplying thousands of “Shahed” attack drones to Russia.', themes: ['Drones and missiles', 'Ukraine war'], note: 'Widely reported; the article does not name who accuses.' },
  { file: '004_e2fa2fdee5d61bcb.txt', author: 'analyst2@example.org', quote: 'Iran also recently transferred short-range ballistic missiles to Russia', themes: ['Drones and missiles', 'Military cooperation'], note: 'Attributed to Blinken: an official US source.' },
  { file: '004_e2fa2fdee5d61bcb.txt', author: 'analyst@example.org', quote: 'The Russia-Iran entente remains strong despite some recent tensions over Azerbaijan’s Russia-backed Zangezur corridor.', themes: ['Caucasus and corridors'], note: '' },
  { file: '004_e2fa2fdee5d61bcb.txt', author: 'analyst2@example.org', quote: 'Moscow would neither deploy troops nor provide advanced military assets', themes: ['Military cooperation'], note: 'Expert opinion (Azizi), not a statement of Russian policy.' },
  { file: '003_4c176fb6c5ffe877.txt', author: 'analyst2@example.org', quote: 'Their shared rejection of democracy and human rights further strengthens their partnership.', themes: ['Framing and loaded language'], note: 'Opinion presented as fact.' },
  { file: '003_4c176fb6c5ffe877.txt', author: 'analyst@example.org', quote: 'The Iran-Russia alliance is a dangerous development that could destabilize the Middle East and the world.', themes: ['Framing and loaded language'], note: '' },
  { file: '000_d961a957dc9dfc36.txt', author: 'analyst@example.org', quote: 'comprehensive strategic partnership agreement between Tehran and Moscow', themes: ['Diplomacy and treaties'], note: 'Signed January 2025.' },
  { file: '000_d961a957dc9dfc36.txt', author: 'analyst2@example.org', quote: 'BRICS remains a source of anxiety for Washington', themes: ['BRICS and multipolarity'], note: '' },
  { file: '000_d961a957dc9dfc36.txt', author: 'analyst2@example.org', quote: 'potential conflicts that may arise from US imperialism', themes: ['Framing and loaded language'], note: 'Loaded term.' },
  { file: '002_1a2f5dbdd4895de7.txt', author: 'analyst@example.org', quote: 'the proliferation of advanced drone technology by the IRGC', themes: ['Drones and missiles'], note: '' },
];
