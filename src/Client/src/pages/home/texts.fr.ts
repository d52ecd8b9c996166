import type { nl } from './texts.nl';

export const fr: Record<keyof typeof nl, string> = {
  'home.openWall': 'Ouvrir le mur',
  'home.openShowcase': 'Ouvrir la vitrine',
  'home.manage': 'Gérer',
  'home.kits': 'Kits de matériel',
  'home.myTeams': 'Mes équipes',
  'home.intro.juror': 'En tant que membre du jury, vous examinez les preuves que les équipes rassemblent et vous attribuez des badges. Voici les challenges dont vous êtes membre du jury.',
  'home.intro.employer': 'En tant qu’employeur, vous découvrez ce que les équipes savent faire : la vitrine montre les récits et les photos qu’elles partagent, le mur les compétences que chaque équipe a déjà démontrées.',
  'home.intro.coach': 'Voici les challenges où vous accompagnez des équipes.',
  'home.intro.organiser': 'Voici les challenges que vous organisez.',
  'home.signIn': 'Se connecter',
  'home.pupilTablet': 'Élève ? Vers la tablette',
  'home.toTablet': 'Vers votre tablette',
  'home.none': 'Il n’y a pas encore de challenges.',
  'home.loadFailed': 'Les challenges n’ont pas pu être chargés.',
  'home.retry': 'Réessayer',
  'home.lead.juror': 'À examiner',
  'home.lead.employer': 'Vers la vitrine',
  'home.lead.coach': 'Vers mes équipes',
};
