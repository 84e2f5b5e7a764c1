import type { Messages } from '../en.js';

/** Spanish messages for the public guide and the checklist PDF, typed against English. */
export const guideEs: Messages['guide'] = {
  nav: 'Guía',
  home: {
    title: 'Una guía gratis para las reuniones de la escuela',
    intro:
      'Puede leerla sin una cuenta. Explica las formas de resolver un desacuerdo, a quién llamar, qué decir, y tiene listas para imprimir.',
    link: 'Abrir la guía',
  },
  index: {
    title: 'Una guía para padres',
    intro:
      'Ayuda para prepararse para las reuniones de la escuela y para resolver un desacuerdo con la escuela. Cualquiera puede leerla. No necesita una cuenta.',
    pagesHeading: 'Qué hay en la guía',
    startHeading: '¿No sabe por dónde empezar?',
    startText:
      'Conteste unas preguntas para ver qué paso le conviene. O imprima la lista para su próxima reunión.',
  },
  pages: {
    paths: {
      title: 'Mediación, queja estatal o debido proceso',
      summary: 'Las tres formas de resolver un desacuerdo, lado a lado, y cuándo sirve cada una.',
    },
    contacts: {
      title: 'A quién llamar en Alabama',
      summary: 'La oficina del estado y ayuda gratis para padres, con los teléfonos.',
    },
    scripts: {
      title: 'Qué decir en una reunión',
      summary:
        'Frases cortas para cuando una reunión se pone difícil. Puede leerlas en su teléfono.',
    },
    actionPlans: {
      title: 'Si pasa esto, haga esto',
      summary: 'Los pasos a seguir cuando algo sale mal en la escuela.',
    },
    checklists: {
      title: 'Listas para las reuniones',
      summary:
        'Qué hacer antes, durante y después de cada tipo de reunión. Imprímala o baje un PDF.',
    },
    glossary: {
      title: 'Palabras que debe conocer',
      summary: 'Las palabras legales de esta guía, dichas en palabras simples.',
    },
  },
  more: {
    heading: 'Más ayuda',
    chooser: 'Encuentre su próximo paso con unas preguntas',
    checklist: 'Lista para la reunión anual del IEP',
    allChecklists: 'Todas las listas para reuniones',
    guide: 'Volver a la guía',
  },
  links: {
    label: 'Herramientas para esto',
    letter: 'Escribir {letter}',
    letterAccount: 'Escribir {letter} (cuenta gratis)',
    deadline: 'Ver esta fecha en su calendario: {deadline}',
    deadlineAccount: 'Seguir esta fecha (cuenta gratis): {deadline}',
    chooser: 'Encontrar su próximo paso',
    concernsStatement: 'Escribir su carta de preocupaciones',
    concernsStatementAccount: 'Escribir su carta de preocupaciones (cuenta gratis)',
    meetingNotes: 'Tomar notas en la reunión',
    meetingNotesAccount: 'Tomar notas en la reunión (cuenta gratis)',
    checklist: 'Lista: {meeting}',
    contact: 'Cómo comunicarse con {name}',
    script: 'Qué decir: {title}',
  },
  terms: {
    heading: 'Palabras que debe conocer',
    intro: 'Qué significan las palabras legales de esta página.',
  },
  paths: {
    title: 'Mediación, queja estatal o debido proceso',
    intro:
      'Hay tres formas principales de resolver un desacuerdo sobre educación especial en Alabama. Aquí están lado a lado. Cada respuesta dice de qué ley viene.',
    caption: 'Las tres formas, lado a lado',
    question: 'Pregunta',
    unverifiedNote: 'Una parte de la ley de esto todavía no se ha revisado.',
    fitsHeading: 'Cuándo sirve cada una',
    fitsExamples: 'Puede servir, por ejemplo, cuando:',
    otherExamples: 'Otra forma puede servir mejor cuando:',
    betterFit: 'Sirve mejor: {path}.',
    shortTable: 'Ver la tabla corta en el buscador de opciones',
    fullGuide: 'Lea más: qué se puede lograr con cada forma, cómo pedirla y ejemplos',
  },
  contacts: {
    title: 'A quién llamar en Alabama',
    intro: 'En estas oficinas puede hacer preguntas, poner una queja o pedir ayuda gratis.',
    unverifiedIntro:
      'Algunos datos dicen “Sin confirmar”. Vienen de listas viejas o de otras fuentes. Revíselos antes de contar con ellos.',
    lastChecked: 'Revisado por última vez: {date}',
    notConfirmed: 'Sin confirmar',
    source: 'Fuente',
    sourceFor: 'de: {detail}',
    details: {
      phone: 'Teléfono',
      tollFree: 'Línea gratis',
      tty: 'TTY',
      fax: 'Fax',
      email: 'Correo electrónico',
      mail: 'Correo postal',
      street: 'Dirección',
      website: 'Sitio web',
    },
  },
  scripts: {
    title: 'Qué decir en una reunión',
    intro:
      'Frases cortas que puede decir cuando una reunión se pone difícil. Tenga esta página abierta en su teléfono. Cada tarjeta es para un momento.',
    showIn: 'Ver estas tarjetas en español',
    when: 'Cuándo',
    say: 'Puede decir',
    tip: 'Bueno saber',
  },
  actionPlans: {
    title: 'Si pasa esto, haga esto',
    intro:
      'Elija lo que pasó. Cada plan da los pasos a seguir, en orden, con la ley en que se basan.',
    steps: 'Qué hacer',
    all: 'Todos los planes',
  },
  checklists: {
    title: 'Listas para las reuniones',
    intro:
      'Elija su reunión. Cada lista dice qué hacer antes, durante y después. Puede imprimirla o bajar un PDF.',
    pageTitle: 'Lista de verificación: {meeting}',
    pageIntro:
      'Marque cada casilla cuando esté hecho. Imprima esta página, o baje el PDF para imprimirlo después.',
    notSaved:
      'Las marcas en esta página no se guardan. Para guardarlas, cree una cuenta gratis y agregue el caso de su hijo.',
    downloads: 'Bajar el PDF',
    pdfEnglish: 'PDF en inglés',
    pdfSpanish: 'PDF en español',
    print: 'Para imprimir esta página, use Imprimir en el menú de su navegador.',
    all: 'Todas las listas para reuniones',
  },
  glossary: {
    title: 'Palabras que debe conocer',
    intro:
      'Las palabras legales de esta guía, dichas en palabras simples, con la ley en que se basa cada una.',
  },
  pdf: {
    title: 'Lista de verificación: {meeting}',
    child: 'Niño o niña',
    school: 'Escuela',
    district: 'Distrito escolar',
    meetingDate: 'Fecha de la reunión',
    intro: 'Marque cada casilla cuando esté hecho.',
    progress: '{done} de {total} hechos.',
    done: 'Hecho',
    law: 'La ley:',
    notChecked: 'aún no verificado',
    page: 'Página {page} de {pages}',
    notAdvice: 'Esta lista no es un consejo legal. Para un consejo legal, hable con un abogado.',
  },
};
