/**
 * Display labels of every vocabulary in French, English and Spanish. A module of its own (and the entry
 * `@alliance-panorama/core/labels`) so that bundles can load the labels apart from the query functions.
 */
import type {
  ActorKind,
  ActorRole,
  AllianceModel,
  CommitmentKind,
  Confidence,
  Labels,
  MethodTag,
  PillarId,
  RelationKind,
  Status,
  TerritoryKind,
  ThemeId,
} from './vocabulary.js';

/** Display labels of the pillars, plus the Alliance's official French wording. */
export const PILLAR_LABELS: Readonly<Record<PillarId, Labels & { readonly official: string }>> = {
  'local-citizenship': {
    fr: 'Citoyenneté locale',
    en: 'Local citizenship',
    es: 'Ciudadanía local',
    official:
      "La garantie d'une citoyenneté locale qui permette à chaque habitant.e de participer à la vie politique de sa ville",
  },
  interculturality: {
    fr: 'Interculturalité',
    en: 'Interculturality',
    es: 'Interculturalidad',
    official: "La promotion de l'interculturalité comme vecteur d'inclusion et de cohésion sociale",
  },
  'access-to-rights': {
    fr: 'Accès inconditionnel aux droits',
    en: 'Unconditional access to rights',
    es: 'Acceso incondicional a los derechos',
    official: "La garantie d'un accès inconditionnel aux droits",
  },
};

/** Display labels of the themes. */
export const THEME_LABELS: Readonly<Record<ThemeId, Labels>> = {
  'local-voting-rights': {
    fr: 'Droit de vote local des résident·es étranger·es',
    en: 'Local voting rights for non-national residents',
    es: 'Voto local de las personas residentes extranjeras',
  },
  'consultative-bodies': {
    fr: 'Instances consultatives',
    en: 'Consultative bodies',
    es: 'Órganos consultivos',
  },
  'participatory-mechanisms': {
    fr: 'Dispositifs participatifs',
    en: 'Participatory mechanisms',
    es: 'Mecanismos participativos',
  },
  'civic-sponsorship': {
    fr: 'Parrainages républicains',
    en: 'Civic sponsorship',
    es: 'Padrinazgos republicanos',
  },
  'migrant-self-organisation': {
    fr: 'Auto-organisation des personnes exilées',
    en: 'Migrant self-organisation',
    es: 'Autoorganización de las personas migrantes',
  },
  'intercultural-encounter': {
    fr: 'Rencontres interculturelles et liens sociaux',
    en: 'Intercultural encounters and social ties',
    es: 'Encuentros interculturales y vínculos sociales',
  },
  'anti-discrimination': {
    fr: 'Lutte contre les discriminations et le racisme',
    en: 'Anti-discrimination and anti-racism',
    es: 'Lucha contra la discriminación y el racismo',
  },
  'memory-heritage': {
    fr: 'Mémoire et histoire des migrations',
    en: 'Memory and history of migration',
    es: 'Memoria e historia de las migraciones',
  },
  'positive-narrative': {
    fr: 'Discours positif et sensibilisation',
    en: 'Positive narratives and awareness-raising',
    es: 'Discurso positivo y sensibilización',
  },
  'language-learning': {
    fr: 'Apprentissage de la langue',
    en: 'Language learning',
    es: 'Aprendizaje de la lengua',
  },
  'culture-arts-sport': { fr: 'Culture, arts et sport', en: 'Culture, arts and sport', es: 'Cultura, artes y deporte' },
  'first-reception': {
    fr: 'Premier accueil, information et orientation',
    en: 'First reception, information and orientation',
    es: 'Primera acogida, información y orientación',
  },
  'registration-identity': {
    fr: 'Domiciliation, inscription et identité locale',
    en: 'Registration, postal address and local ID',
    es: 'Empadronamiento, domiciliación e identificación local',
  },
  'legal-aid-regularisation': {
    fr: 'Accès au droit et régularisation',
    en: 'Legal aid and regularisation',
    es: 'Asesoría jurídica y regularización',
  },
  'shelter-housing': { fr: 'Hébergement et logement', en: 'Shelter and housing', es: 'Alojamiento y vivienda' },
  health: { fr: 'Santé', en: 'Health', es: 'Salud' },
  'education-childhood': {
    fr: 'Éducation, enfance et mineur·es non accompagné·es',
    en: 'Education, childhood and unaccompanied minors',
    es: 'Educación, infancia y menores no acompañados',
  },
  'employment-training': {
    fr: 'Formation, insertion et emploi',
    en: 'Training, inclusion and employment',
    es: 'Formación, inserción y empleo',
  },
  'basic-needs': {
    fr: 'Besoins essentiels',
    en: 'Basic needs',
    es: 'Necesidades básicas',
  },
  'rights-protection': {
    fr: 'Protection des droits et recours',
    en: 'Rights protection and redress',
    es: 'Protección de derechos y recursos',
  },
  'political-commitment': {
    fr: 'Engagement politique et déclarations',
    en: 'Political commitments and declarations',
    es: 'Compromiso político y declaraciones',
  },
  advocacy: {
    fr: 'Plaidoyer',
    en: 'Advocacy',
    es: 'Incidencia política',
  },
  'networking-exchange': {
    fr: 'Mise en réseau et échange de pratiques',
    en: 'Networking and practice exchange',
    es: 'Trabajo en red e intercambio de prácticas',
  },
};

/** Display labels of the method tags. */
export const METHOD_TAG_LABELS: Readonly<Record<MethodTag, Labels>> = {
  outreach: { fr: 'Aller-vers', en: 'Outreach', es: 'Acercamiento' },
  'peer-support': { fr: 'Pair-aidance', en: 'Peer support', es: 'Apoyo entre pares' },
  'digital-tool': { fr: 'Outil numérique', en: 'Digital tool', es: 'Herramienta digital' },
  'unconditional-eligibility': {
    fr: 'Sans condition de statut',
    en: 'Regardless of status',
    es: 'Sin condición de estatus',
  },
};

/** Display labels of the actor kinds. */
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, Labels>> = {
  municipality: { fr: 'Commune / ville', en: 'Municipality', es: 'Municipio' },
  'municipal-district': { fr: 'Arrondissement / quartier', en: 'City district', es: 'Distrito municipal' },
  'intermunicipal-body': {
    fr: 'Intercommunalité / métropole',
    en: 'Intermunicipal body',
    es: 'Mancomunidad / área metropolitana',
  },
  'department-province': { fr: 'Département / province', en: 'Department / province', es: 'Departamento / provincia' },
  region: { fr: 'Région', en: 'Region', es: 'Región' },
  'national-state': { fr: 'État', en: 'National state', es: 'Estado' },
  'elected-official': { fr: 'Élu·e', en: 'Elected official', es: 'Cargo electo' },
  'local-authority-network': {
    fr: 'Réseau de collectivités',
    en: 'Network of local authorities',
    es: 'Red de entidades locales',
  },
  'public-agency': { fr: 'Organisme public', en: 'Public agency', es: 'Organismo público' },
  association: { fr: 'Association / ONG', en: 'Association / NGO', es: 'Asociación / ONG' },
  'citizen-collective': { fr: 'Collectif citoyen', en: 'Citizen collective', es: 'Colectivo ciudadano' },
  'migrant-led-organisation': {
    fr: 'Organisation de personnes exilées',
    en: 'Migrant-led organisation',
    es: 'Organización de personas migrantes',
  },
  'civil-society-network': {
    fr: 'Réseau associatif',
    en: 'Civil-society network',
    es: 'Red de la sociedad civil',
  },
  'faith-based-organisation': {
    fr: 'Organisation confessionnelle',
    en: 'Faith-based organisation',
    es: 'Organización confesional',
  },
  'trade-union': { fr: 'Syndicat', en: 'Trade union', es: 'Sindicato' },
  'academic-research': {
    fr: 'Université / recherche',
    en: 'University / research',
    es: 'Universidad / investigación',
  },
  'international-organisation': {
    fr: 'Organisation internationale',
    en: 'International organisation',
    es: 'Organismo internacional',
  },
  'funder-foundation': { fr: 'Fondation / bailleur', en: 'Foundation / funder', es: 'Fundación / financiador' },
  'social-enterprise': {
    fr: 'Entreprise sociale / coopérative',
    en: 'Social enterprise / cooperative',
    es: 'Empresa social / cooperativa',
  },
};

/** Display labels of the relation kinds. */
export const RELATION_KIND_LABELS: Readonly<Record<RelationKind, Labels>> = {
  'co-construction': { fr: 'Co-construction', en: 'Co-construction', es: 'Co-construcción' },
  'co-management': { fr: 'Cogestion', en: 'Co-management', es: 'Cogestión' },
  funding: { fr: 'Financement', en: 'Funding', es: 'Financiación' },
  'service-delegation': { fr: 'Délégation de service', en: 'Service delegation', es: 'Delegación de servicio' },
  'in-kind-support': { fr: 'Soutien en nature', en: 'In-kind support', es: 'Apoyo en especie' },
  consultation: { fr: 'Consultation', en: 'Consultation', es: 'Consulta' },
  'citizen-interpellation': {
    fr: 'Interpellation citoyenne',
    en: 'Citizen interpellation',
    es: 'Interpelación ciudadana',
  },
  'political-commitment': { fr: 'Engagement politique', en: 'Political commitment', es: 'Compromiso político' },
  'advocacy-coalition': { fr: 'Coalition de plaidoyer', en: 'Advocacy coalition', es: 'Coalición de incidencia' },
  'network-membership': { fr: 'Adhésion à un réseau', en: 'Network membership', es: 'Adhesión a una red' },
  'peer-exchange': { fr: 'Échange de pratiques', en: 'Peer exchange', es: 'Intercambio de prácticas' },
  'opposition-litigation': { fr: 'Opposition / contentieux', en: 'Opposition / litigation', es: 'Oposición / litigio' },
};

/** Display labels of the actor roles. */
export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, Labels>> = {
  initiates: { fr: 'Initie', en: 'Initiates', es: 'Impulsa' },
  funds: { fr: 'Finance', en: 'Funds', es: 'Financia' },
  runs: { fr: 'Met en œuvre', en: 'Runs', es: 'Gestiona' },
  decides: { fr: 'Décide', en: 'Decides', es: 'Decide' },
  consulted: { fr: 'Est consulté', en: 'Is consulted', es: 'Es consultado' },
  supports: { fr: 'Soutient', en: 'Supports', es: 'Apoya' },
  participates: { fr: 'Participe', en: 'Takes part', es: 'Participa' },
};

/** Display labels of the alliance models. */
export const ALLIANCE_MODEL_LABELS: Readonly<Record<AllianceModel, Labels>> = {
  alliance: {
    fr: 'Alliance société civile – autorité locale',
    en: 'Civil society – local authority alliance',
    es: 'Alianza sociedad civil – autoridad local',
  },
  'civil-society-led': {
    fr: 'Portée par la société civile',
    en: 'Led by civil society',
    es: 'Impulsada por la sociedad civil',
  },
  'authority-led': {
    fr: "Portée par l'autorité publique",
    en: 'Led by the public authority',
    es: 'Impulsada por la autoridad pública',
  },
};

/** Display labels of the statuses. */
export const STATUS_LABELS: Readonly<Record<Status, Labels>> = {
  ongoing: { fr: 'En cours', en: 'Ongoing', es: 'En curso' },
  ended: { fr: 'Terminée', en: 'Ended', es: 'Finalizada' },
  unknown: { fr: 'Statut inconnu', en: 'Status unknown', es: 'Estado desconocido' },
};

/** Display labels of the confidence levels. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, Labels>> = {
  confirmed: { fr: 'Confirmée par les sources', en: 'Confirmed by sources', es: 'Confirmada por las fuentes' },
  reported: {
    fr: 'Mentionnée, non confirmée',
    en: 'Mentioned, not confirmed',
    es: 'Mencionada, no confirmada',
  },
};

/** Display labels of the territory kinds. */
export const TERRITORY_KIND_LABELS: Readonly<Record<TerritoryKind, Labels>> = {
  city: { fr: 'Ville', en: 'City', es: 'Ciudad' },
  'rural-area': { fr: 'Territoire rural', en: 'Rural area', es: 'Territorio rural' },
  'metropolitan-area': { fr: 'Métropole', en: 'Metropolitan area', es: 'Área metropolitana' },
  region: { fr: 'Région', en: 'Region', es: 'Región' },
};

/** Display labels of the commitment kinds. */
export const COMMITMENT_KIND_LABELS: Readonly<Record<CommitmentKind, Labels>> = {
  declaration: { fr: 'Déclaration', en: 'Declaration', es: 'Declaración' },
  charter: { fr: 'Charte', en: 'Charter', es: 'Carta' },
  'council-resolution': { fr: 'Délibération / motion', en: 'Council resolution', es: 'Moción / acuerdo de pleno' },
  'network-membership': { fr: 'Adhésion à un réseau', en: 'Network membership', es: 'Adhesión a una red' },
  'policy-plan': { fr: 'Plan ou politique', en: 'Policy or plan', es: 'Plan o política' },
  other: { fr: 'Autre', en: 'Other', es: 'Otro' },
};
