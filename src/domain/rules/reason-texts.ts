/**
 * The plain-language reasons the path chooser gives, in English and Spanish, each tied to the
 * provisions whose citations it carries. Placeholders in braces are filled in by the engine:
 * `{date}`, `{length}`, `{concerns}`, `{tried}`, `{agency}`.
 *
 * Aim: about a 6th-grade reading level. Short sentences, everyday words.
 *
 * @module
 */
import type { ConcernType, LocalizedText, Path } from './assessment-types.js';
import type { ProvisionId } from './jurisdiction-rules.js';

/** A reason before its placeholders are filled and its citations looked up. */
export type ReasonTemplate = LocalizedText & { readonly provisions: readonly ProvisionId[] };

export const REASON_TEXTS = {
  // Mediation
  'mediation.fits_disagreement': {
    en: 'This is a disagreement about what your child needs. Mediation fits best when the school is willing to talk. A neutral mediator helps you and the school find an answer together.',
    es: 'Este es un desacuerdo sobre lo que su hijo necesita. La mediación es lo mejor cuando la escuela está dispuesta a hablar. Un mediador neutral les ayuda a usted y a la escuela a encontrar una solución juntos.',
    provisions: ['mediationAvailable'],
  },
  'mediation.how_it_works': {
    en: 'A mediator cannot order anything. If you agree, you both sign a written agreement, and it is binding: a court can enforce it. What is said in mediation cannot be used later as evidence. Mediation is free for your family.',
    es: 'El mediador no puede ordenar nada. Si se ponen de acuerdo, ambos firman un acuerdo por escrito que es obligatorio: un tribunal puede hacerlo cumplir. Lo que se dice en la mediación no se puede usar después como prueba. La mediación es gratis para su familia.',
    provisions: ['mediationAgreementBinding', 'mediationConfidential', 'mediationFree'],
  },
  'mediation.voluntary': {
    en: 'Mediation only happens if both you and the school agree to it. It cannot be used to delay your right to a hearing.',
    es: 'La mediación solo ocurre si usted y la escuela aceptan. No se puede usar para retrasar su derecho a una audiencia.',
    provisions: ['mediationVoluntary', 'mediationNoDelay'],
  },
  'mediation.state_process': {
    en: 'In Alabama, the state education department runs mediation and pays for it. We have not yet checked, in Alabama\u2019s own rule, exactly how to ask for it.',
    es: 'En Alabama, el departamento de educación del estado organiza la mediación y la paga. Todavía no hemos revisado en la regla de Alabama cómo pedirla exactamente.',
    provisions: ['mediationStateProcess', 'mediationFree'],
  },
  'mediation.refused': {
    en: 'The school district said no to mediation. Mediation needs both sides to agree, so it is not an option now. This tells you the school may not change its mind just by talking. A state complaint or a due process hearing can end with a decision the school must follow. Saying no to mediation cannot delay your right to a hearing.',
    es: 'El distrito escolar dijo que no a la mediación. La mediación necesita que ambas partes acepten, así que ahora no es una opción. Esto le indica que la escuela quizás no cambie de opinión solo hablando. Una queja estatal o una audiencia de debido proceso pueden terminar con una decisión que la escuela debe cumplir. Negarse a la mediación no puede retrasar su derecho a una audiencia.',
    provisions: ['mediationVoluntary', 'mediationNoDelay'],
  },
  'mediation.procedural_possible': {
    en: 'Mediation can also settle a broken rule if the school will talk. But a state complaint gives you a written decision.',
    es: 'La mediación también puede resolver una regla no cumplida si la escuela quiere hablar. Pero una queja estatal le da una decisión por escrito.',
    provisions: ['mediationAvailable', 'stateComplaintDecision'],
  },
  'mediation.discipline': {
    en: 'If both sides agree, mediation can take the place of the quick resolution meeting before an expedited hearing.',
    es: 'Si ambas partes aceptan, la mediación puede reemplazar la reunión rápida de resolución antes de una audiencia acelerada.',
    provisions: ['expeditedHearing', 'mediationVoluntary'],
  },
  // State complaint
  'state_complaint.fits_violation': {
    en: 'The school seems to have broken a clear rule. A state complaint fits best: the state investigates and must send a written decision within 60 days. It can order the school to fix the problem and to give make-up (compensatory) services.',
    es: 'Parece que la escuela no cumplió una regla clara. Una queja estatal es lo mejor: el estado investiga y debe enviar una decisión por escrito en 60 días. Puede ordenar a la escuela que corrija el problema y que dé servicios para recuperar lo perdido (servicios compensatorios).',
    provisions: ['stateComplaintScope', 'stateComplaintDecision', 'stateComplaintRemedies'],
  },
  'state_complaint.how': {
    en: 'Anyone can file. It must be in writing and signed. Send it to {agency}, and send a copy to the school district at the same time.',
    es: 'Cualquier persona puede presentarla. Debe ser por escrito y firmada. Envíela a {agency} y mande una copia al distrito escolar al mismo tiempo.',
    provisions: ['stateComplaintScope'],
  },
  'state_complaint.less_suited': {
    en: 'A state complaint asks whether the school broke a rule. It is less suited to deciding how much help is right for your child.',
    es: 'Una queja estatal pregunta si la escuela no cumplió una regla. Sirve menos para decidir cuánta ayuda es la correcta para su hijo.',
    provisions: ['stateComplaintScope'],
  },
  'state_complaint.child_find': {
    en: 'Schools must find and evaluate children who may need special education. If the school did not, a state complaint can look at that.',
    es: 'Las escuelas deben encontrar y evaluar a los niños que puedan necesitar educación especial. Si la escuela no lo hizo, una queja estatal puede revisarlo.',
    provisions: ['childFind', 'stateComplaintScope'],
  },
  'state_complaint.evaluation_timeline': {
    en: 'In Alabama the first evaluation must be done within 60 calendar days after the school gets your signed consent. School breaks count as days.',
    es: 'En Alabama, la primera evaluación debe terminarse dentro de 60 días calendario después de que la escuela recibe su consentimiento firmado. Las vacaciones escolares cuentan como días.',
    provisions: ['evaluationTimeline'],
  },
  'state_complaint.discipline': {
    en: 'If the school skipped a required step, like the manifestation meeting within 10 school days, a state complaint can look at it.',
    es: 'Si la escuela se saltó un paso obligatorio, como la reunión de manifestación dentro de 10 días escolares, una queja estatal puede revisarlo.',
    provisions: ['manifestationDetermination', 'stateComplaintScope'],
  },
  'state_complaint.several': {
    en: 'One state complaint can list several problems: {concerns}. List each one with its facts.',
    es: 'Una sola queja estatal puede incluir varios problemas: {concerns}. Escriba cada uno con sus hechos.',
    provisions: ['stateComplaintSeveralViolations'],
  },
  'state_complaint.pending_due_process': {
    en: 'You have a due process complaint open. Any part of a state complaint that is also in the hearing is set aside until the hearing ends.',
    es: 'Usted tiene una queja de debido proceso abierta. Cualquier parte de una queja estatal que también esté en la audiencia se deja a un lado hasta que termine la audiencia.',
    provisions: ['stateComplaintOverlap'],
  },
  'state_complaint.already_pending': {
    en: 'You already have a state complaint open. You can send the state more facts for it. File a new one only for a new problem.',
    es: 'Usted ya tiene una queja estatal abierta. Puede enviar más hechos al estado para esa queja. Presente una nueva solo si es un problema nuevo.',
    provisions: ['stateComplaintAddFacts', 'stateComplaintSeveralViolations'],
  },
  'state_complaint.window_open': {
    en: 'The state must receive a state complaint no more than {length} after the problem. For this, the last day is {date}.',
    es: 'El estado debe recibir la queja estatal a más tardar {length} después del problema. Para esto, el último día es el {date}.',
    provisions: [],
  },
  'state_complaint.window_closed': {
    en: 'The time limit for a state complaint ({length}) ended on {date} for: {concerns}.',
    es: 'El plazo para una queja estatal ({length}) terminó el {date} para: {concerns}.',
    provisions: [],
  },
  // Due process
  'due_process.formal': {
    en: 'Due process is the formal route. A hearing officer listens to both sides and decides. The hearing officer can order evaluations, a placement, services and make-up (compensatory) services.',
    es: 'El debido proceso es el camino formal. Un oficial de audiencias escucha a ambas partes y decide. Puede ordenar evaluaciones, una ubicación, servicios y servicios para recuperar lo perdido (compensatorios).',
    provisions: ['dueProcessScope', 'dueProcessRemedies'],
  },
  'due_process.cost': {
    en: 'It takes the most time (often about 75 days to a decision, longer with delays), costs the most and brings the most conflict. Families without a lawyer often do much worse, so get free legal help first.',
    es: 'Es lo que más tiempo toma (a menudo unos 75 días hasta la decisión, más si hay demoras), lo que más cuesta y lo que más conflicto trae. A las familias sin abogado a menudo les va mucho peor, así que busque ayuda legal gratis primero.',
    provisions: ['dueProcessTimeline', 'freeLegalHelp'],
  },
  'due_process.procedural_standard': {
    en: 'A hearing can also look at a broken rule. But it counts only if it hurt your child\u2019s education or your part in decisions.',
    es: 'Una audiencia también puede revisar una regla no cumplida. Pero solo cuenta si perjudicó la educación de su hijo o su participación en las decisiones.',
    provisions: ['dueProcessProceduralStandard'],
  },
  'due_process.stay_put': {
    en: 'Filing a due process complaint keeps your child in the current placement while the case goes on, unless you and the school agree otherwise ("stay-put").',
    es: 'Presentar una queja de debido proceso mantiene a su hijo en su ubicación actual mientras dura el caso, a menos que usted y la escuela acuerden otra cosa ("stay-put").',
    provisions: ['stayPut'],
  },
  'due_process.others_failed': {
    en: 'You have already tried: {tried}. When other paths have not worked, due process is the route that ends in a decision the school must follow. You do not need to file a state complaint first.',
    es: 'Usted ya intentó: {tried}. Cuando otros caminos no funcionaron, el debido proceso es el camino que termina en una decisión que la escuela debe cumplir. No necesita presentar una queja estatal primero.',
    provisions: ['dueProcessNoPrerequisite'],
  },
  'due_process.mediation_refused': {
    en: 'The district refused mediation, so a hearing is the way to get a decision on this disagreement.',
    es: 'El distrito se negó a la mediación, así que una audiencia es la manera de obtener una decisión sobre este desacuerdo.',
    provisions: ['mediationVoluntary', 'dueProcessScope'],
  },
  'due_process.already_pending': {
    en: 'You already have a due process complaint open. You cannot file the same one again. To change it you need the school\u2019s written consent or the hearing officer\u2019s permission. Your child stays in the current placement while it is open.',
    es: 'Usted ya tiene una queja de debido proceso abierta. No puede presentar la misma otra vez. Para cambiarla necesita el consentimiento por escrito de la escuela o el permiso del oficial de audiencias. Su hijo se queda en su ubicación actual mientras esté abierta.',
    provisions: ['dueProcessAmendment', 'stayPut'],
  },
  'due_process.discipline_expedited': {
    en: 'For a discipline removal or a manifestation decision, the hearing is expedited (faster). See that option.',
    es: 'Para una expulsión o suspensión, o una decisión de manifestación, la audiencia es acelerada (más rápida). Vea esa opción.',
    provisions: ['expeditedHearing'],
  },
  'due_process.iee': {
    en: 'When you ask for an IEE, the school must either pay for it or ask for a hearing itself to defend its evaluation.',
    es: 'Cuando usted pide una IEE, la escuela debe pagarla o pedir ella misma una audiencia para defender su evaluación.',
    provisions: ['ieeRight'],
  },
  'due_process.window_open': {
    en: 'A due process complaint must be about something you learned of, or should have learned of, no more than {length} before you file. For this, the last day is {date}.',
    es: 'Una queja de debido proceso debe tratar de algo que usted supo, o debió saber, no más de {length} antes de presentarla. Para esto, el último día es el {date}.',
    provisions: [],
  },
  'due_process.window_closed': {
    en: 'The time limit for due process ({length}) ended on {date} for: {concerns}. There are narrow exceptions, for example if the school told you the problem was fixed when it was not, or kept back notices it had to give you. Ask a lawyer.',
    es: 'El plazo para el debido proceso ({length}) terminó el {date} para: {concerns}. Hay pocas excepciones, por ejemplo si la escuela le dijo que el problema estaba resuelto y no lo estaba, o no le dio avisos que debía darle. Consulte a un abogado.',
    provisions: ['dueProcessWindowExceptions'],
  },
  'mediation_with_due_process.how': {
    en: 'You file a due process complaint and ask for mediation at the same time. Mediation can take the place of the resolution meeting. The hearing waits while you talk: it cannot start until the 30-day resolution period ends, and you can both agree in writing to keep mediating longer.',
    es: 'Usted presenta una queja de debido proceso y pide mediación al mismo tiempo. La mediación puede reemplazar la reunión de resolución. La audiencia espera mientras hablan: no puede empezar hasta que terminen los 30 días de resolución, y ambos pueden acordar por escrito seguir en mediación por más tiempo.',
    provisions: ['resolutionMeeting', 'dueProcessTimeline'],
  },
  // Expedited
  'expedited.fits_discipline': {
    en: 'You can appeal a discipline removal or a manifestation decision by asking for an expedited hearing. It must be held within 20 school days, with a decision within 10 school days after it.',
    es: 'Usted puede apelar una expulsión o suspensión, o una decisión de manifestación, pidiendo una audiencia acelerada. Debe hacerse dentro de 20 días escolares, con una decisión dentro de 10 días escolares después.',
    provisions: ['expeditedHearing'],
  },
  'expedited.placement_during': {
    en: 'During this appeal your child stays in the interim setting until the decision or the end of the removal, whichever comes first, unless you and the school agree otherwise.',
    es: 'Durante esta apelación su hijo se queda en el lugar temporal hasta la decisión o hasta que termine la sanción, lo que ocurra primero, a menos que usted y la escuela acuerden otra cosa.',
    provisions: ['disciplinePlacementDuringAppeal'],
  },
  'expedited.only_discipline': {
    en: 'The expedited hearing is only for discipline: removals and manifestation decisions.',
    es: 'La audiencia acelerada es solo para disciplina: suspensiones, expulsiones y decisiones de manifestación.',
    provisions: ['expeditedHearing'],
  },
  // IDEA scope and plan
  'idea.not_for_discrimination': {
    en: 'This path is for special education (IDEA) disagreements. Unfair treatment because of disability goes to OCR. If the problem is also about services, placement or evaluation, add that as its own concern.',
    es: 'Este camino es para desacuerdos de educación especial (IDEA). El trato injusto por discapacidad va a la OCR. Si el problema también es sobre servicios, ubicación o evaluación, agréguelo como otra preocupación.',
    provisions: ['stateComplaintScope', 'dueProcessScope', 'ocrScope'],
  },
  'plan.section_504_not_idea': {
    en: 'Your child has a 504 plan, not an IEP. This special education (IDEA) path is for children with an IEP or who may need one. Use a 504 hearing or OCR instead.',
    es: 'Su hijo tiene un plan 504, no un IEP. Este camino de educación especial (IDEA) es para niños con un IEP o que puedan necesitarlo. Use una audiencia 504 o la OCR en su lugar.',
    provisions: ['stateComplaintScope', 'dueProcessScope', 'section504Hearing'],
  },
  'plan.section_504_idea_identification': {
    en: 'If you asked the school to evaluate your child for special education (an IEP), IDEA rules cover that request even though your child has only a 504 plan.',
    es: 'Si usted pidió a la escuela que evalúe a su hijo para educación especial (un IEP), las reglas de IDEA cubren esa petición aunque su hijo solo tenga un plan 504.',
    provisions: ['childFind', 'dueProcessScope'],
  },
  'plan.none': {
    en: 'Your child has no plan yet. IDEA rules still cover children the school should find and evaluate.',
    es: 'Su hijo todavía no tiene un plan. Las reglas de IDEA también cubren a los niños que la escuela debe encontrar y evaluar.',
    provisions: ['childFind'],
  },
  'plan.unknown': {
    en: 'You are not sure which plan your child has, so both special education (IDEA) and Section 504 paths are shown.',
    es: 'Usted no está seguro de qué plan tiene su hijo, así que mostramos los caminos de educación especial (IDEA) y de la Sección 504.',
    provisions: ['dueProcessScope', 'section504Hearing'],
  },
  // IEP meeting
  'iep_meeting.talk': {
    en: 'You can ask for a meeting to talk again. The team must review the plan when you bring new information. Put what you want in writing first.',
    es: 'Usted puede pedir una reunión para hablar otra vez. El equipo debe revisar el plan cuando usted trae información nueva. Escriba primero lo que quiere.',
    provisions: ['iepReview'],
  },
  'iep_meeting.manifestation': {
    en: 'When discipline changes your child\u2019s placement, the school must meet with you within 10 school days to decide if the behavior came from the disability (manifestation meeting).',
    es: 'Cuando la disciplina cambia la ubicación de su hijo, la escuela debe reunirse con usted dentro de 10 días escolares para decidir si la conducta vino de la discapacidad (reunión de manifestación).',
    provisions: ['manifestationDetermination'],
  },
  'iep_meeting.section_504': {
    en: 'For a 504 plan, ask the school\u2019s 504 coordinator for a meeting of the 504 team.',
    es: 'Para un plan 504, pida al coordinador 504 de la escuela una reunión del equipo 504.',
    provisions: ['section504Grievance'],
  },
  // Section 504 and OCR
  'section_504_hearing.fits': {
    en: 'For disagreements about identifying, evaluating or placing a child under Section 504, the school must offer an impartial hearing, and you may bring a lawyer. The school\u2019s own 504 rules set the time limits, so ask the 504 coordinator for them.',
    es: 'Para desacuerdos sobre identificar, evaluar o ubicar a un niño bajo la Sección 504, la escuela debe ofrecer una audiencia imparcial, y usted puede llevar un abogado. Las reglas 504 de la escuela fijan los plazos, así que pídalas al coordinador 504.',
    provisions: ['section504Hearing'],
  },
  'section_504_hearing.iep_child': {
    en: 'Your child has an IEP. The IDEA hearing usually covers this. Following IDEA steps is one way a school meets Section 504.',
    es: 'Su hijo tiene un IEP. La audiencia de IDEA normalmente cubre esto. Seguir los pasos de IDEA es una forma en que la escuela cumple con la Sección 504.',
    provisions: ['section504Hearing'],
  },
  'section_504_hearing.not_for_discrimination': {
    en: 'A 504 hearing covers identifying, evaluating and placing your child. For other unfair treatment, OCR fits better.',
    es: 'Una audiencia 504 cubre identificar, evaluar y ubicar a su hijo. Para otro trato injusto, la OCR es mejor.',
    provisions: ['section504Hearing', 'ocrScope'],
  },
  'ocr.fits_discrimination': {
    en: 'Unfair treatment because of disability can go to the U.S. Department of Education\u2019s Office for Civil Rights (OCR). Anyone can file a complaint, and OCR looks into it.',
    es: 'El trato injusto por discapacidad se puede llevar a la Oficina de Derechos Civiles (OCR) del Departamento de Educación de EE. UU. Cualquier persona puede presentar una queja, y la OCR la investiga.',
    provisions: ['ocrScope'],
  },
  'ocr.plan_not_followed': {
    en: 'Not following a 504 plan can be a civil rights problem, and OCR takes these complaints.',
    es: 'No cumplir un plan 504 puede ser un problema de derechos civiles, y la OCR recibe estas quejas.',
    provisions: ['ocrScope'],
  },
  'ocr.possible': {
    en: 'OCR handles disability discrimination. It may be a second route here.',
    es: 'La OCR atiende la discriminación por discapacidad. Puede ser un segundo camino aquí.',
    provisions: ['ocrScope'],
  },
  'ocr.grievance_optional': {
    en: 'You may use the district\u2019s 504 grievance process first, but you do not have to. If you do, OCR\u2019s manual says to file with OCR within 60 days after it ends.',
    es: 'Puede usar primero el proceso de quejas 504 del distrito, pero no es obligatorio. Si lo usa, el manual de la OCR dice que presente la queja a la OCR dentro de 60 días después de que termine.',
    provisions: ['section504Grievance', 'ocrAfterGrievance'],
  },
  'ocr.window_open': {
    en: 'OCR must get your complaint within {length} of the unfair treatment. For this, the last day is {date}.',
    es: 'La OCR debe recibir su queja dentro de {length} del trato injusto. Para esto, el último día es el {date}.',
    provisions: [],
  },
  'ocr.window_closed': {
    en: 'The time limit for OCR ({length}) ended on {date} for: {concerns}. OCR can allow more time only for a good reason.',
    es: 'El plazo para la OCR ({length}) terminó el {date} para: {concerns}. La OCR solo puede dar más tiempo por una buena razón.',
    provisions: [],
  },
  // Supporting steps
  'records_request.useful': {
    en: 'Ask for your child\u2019s records before you file or meet. The school must let you see them without unnecessary delay, and within 45 days at most.',
    es: 'Pida los expedientes de su hijo antes de presentar una queja o reunirse. La escuela debe dejarle verlos sin demoras innecesarias, y en 45 días como máximo.',
    provisions: ['recordsAccess'],
  },
  'records_request.ask_again': {
    en: 'Ask again in writing and keep a copy. The date the school gets it starts the 45-day clock.',
    es: 'Pídalos otra vez por escrito y guarde una copia. La fecha en que la escuela la recibe inicia el plazo de 45 días.',
    provisions: ['recordsAccess'],
  },
  'records_request.implementation': {
    en: 'Ask for service logs and progress reports. They show what was and was not given.',
    es: 'Pida los registros de servicios y los informes de progreso. Muestran lo que se dio y lo que no.',
    provisions: ['recordsAccess'],
  },
  'records_request.unknown_plan': {
    en: 'The records will show whether your child has an IEP or a 504 plan. That decides which paths are open to you.',
    es: 'Los expedientes mostrarán si su hijo tiene un IEP o un plan 504. Eso decide qué caminos tiene abiertos.',
    provisions: ['recordsAccess', 'section504Hearing'],
  },
  'records_request.section_504': {
    en: 'Section 504 also gives you the chance to look at the relevant records.',
    es: 'La Sección 504 también le da la oportunidad de ver los expedientes importantes.',
    provisions: ['section504Hearing'],
  },
  'records_request.discipline': {
    en: 'Ask for the discipline records and the behavior plan. You will need them for the manifestation meeting or a hearing.',
    es: 'Pida los expedientes de disciplina y el plan de conducta. Los necesitará para la reunión de manifestación o una audiencia.',
    provisions: ['recordsAccess', 'manifestationDetermination'],
  },
  'iee_request.fits': {
    en: 'If you disagree with the school\u2019s evaluation, you can ask for an independent educational evaluation (IEE) at public cost. The school must then pay for it or ask for a hearing, without unnecessary delay.',
    es: 'Si no está de acuerdo con la evaluación de la escuela, puede pedir una evaluación educativa independiente (IEE) pagada con fondos públicos. La escuela debe pagarla o pedir una audiencia, sin demoras innecesarias.',
    provisions: ['ieeRight'],
  },
  'iee_request.ask_again': {
    en: 'Put your IEE request in writing again, with the date. If the school neither pays nor asks for a hearing, that is a broken rule you can put in a state complaint.',
    es: 'Vuelva a pedir la IEE por escrito, con la fecha. Si la escuela no la paga ni pide una audiencia, es una regla no cumplida que puede incluir en una queja estatal.',
    provisions: ['ieeRight', 'stateComplaintScope'],
  },
  'iee_request.section_504': {
    en: 'The right to an IEE at public cost is in the IDEA rules. The Section 504 rules do not list it. Ask the 504 coordinator what your district allows.',
    es: 'El derecho a una IEE pagada con fondos públicos está en las reglas de IDEA. Las reglas de la Sección 504 no lo incluyen. Pregunte al coordinador 504 qué permite su distrito.',
    provisions: ['ieeRight', 'section504Hearing'],
  },
  'iee_request.not_relevant': {
    en: 'An IEE helps when you disagree with a school evaluation. It does not fit this concern.',
    es: 'Una IEE ayuda cuando no está de acuerdo con una evaluación de la escuela. No corresponde a esta preocupación.',
    provisions: ['ieeRight'],
  },
  'pwn_request.fits': {
    en: 'Ask the school to put its decision in writing (prior written notice). It must say what it proposed or refused, why, what else it considered, and what it relied on. This helps whichever path you choose.',
    es: 'Pida a la escuela que ponga su decisión por escrito (aviso previo por escrito). Debe decir qué propuso o negó, por qué, qué otras opciones consideró y en qué se basó. Esto le ayuda con cualquier camino que elija.',
    provisions: ['priorWrittenNotice'],
  },
  'pwn_request.ask_again': {
    en: 'Ask again in writing and keep a copy. Refusing to give prior written notice is itself a broken rule.',
    es: 'Pídalo otra vez por escrito y guarde una copia. Negarse a dar el aviso previo por escrito ya es una regla no cumplida.',
    provisions: ['priorWrittenNotice'],
  },
  'pwn_request.section_504': {
    en: 'Section 504 also requires notice about identifying, evaluating or placing your child. Ask for the decision in writing.',
    es: 'La Sección 504 también exige aviso sobre identificar, evaluar o ubicar a su hijo. Pida la decisión por escrito.',
    provisions: ['section504Hearing'],
  },
  'pwn_request.not_relevant': {
    en: 'Prior written notice is about a school\u2019s proposal or refusal. It does not fit this concern.',
    es: 'El aviso previo por escrito trata de una propuesta o negativa de la escuela. No corresponde a esta preocupación.',
    provisions: ['priorWrittenNotice'],
  },
  // Across paths
  'path.tried': {
    en: 'You already tried this. You can try again if something changed, but another path may work better now.',
    es: 'Usted ya intentó esto. Puede intentarlo de nuevo si algo cambió, pero otro camino puede funcionar mejor ahora.',
    provisions: [],
  },
  'path.best_left': {
    en: 'For {concerns}, the paths that fit best are not open to you now (see their reasons), so this is the strongest one left.',
    es: 'Para {concerns}, los caminos que mejor corresponden no están abiertos para usted ahora (vea sus razones), así que este es el más fuerte que queda.',
    provisions: [],
  },
  'combined.both': {
    en: 'You have a disagreement about what your child needs and also a broken rule. You can do both: a state complaint for the broken rule and mediation for the disagreement.',
    es: 'Usted tiene un desacuerdo sobre lo que su hijo necesita y también una regla no cumplida. Puede hacer ambas cosas: una queja estatal por la regla no cumplida y mediación por el desacuerdo.',
    provisions: ['mediationAvailable', 'stateComplaintScope'],
  },
} as const satisfies Record<string, ReasonTemplate>;

export type ReasonId = keyof typeof REASON_TEXTS;

/** Added to a reason when any citation behind it is not verified. */
export const UNVERIFIED_NOTE: LocalizedText = {
  en: '(Part of the law behind this has not been checked yet.)',
  es: '(Parte de la ley detrás de esto aún no se ha verificado.)',
};

/** Short names of the concerns, used inside reasons and by the interview. */
export const CONCERN_LABELS: { readonly [C in ConcernType]: LocalizedText } = {
  service_amount: { en: 'how much of a service', es: 'cuánto servicio recibe' },
  placement: { en: 'placement (where your child learns)', es: 'la ubicación (dónde aprende)' },
  assistive_technology: { en: 'assistive technology', es: 'tecnología de asistencia' },
  transition_services: { en: 'transition services', es: 'servicios de transición' },
  eligibility: { en: 'eligibility', es: 'la elegibilidad' },
  evaluation_refused: { en: 'the refused evaluation', es: 'la evaluación negada' },
  evaluation_timeline_missed: { en: 'the late evaluation', es: 'la evaluación tardía' },
  prior_written_notice_refused: {
    en: 'the refused written notice',
    es: 'el aviso previo por escrito negado',
  },
  iep_not_implemented: { en: 'the plan not being followed', es: 'el plan que no se cumple' },
  records_access_denied: { en: 'the denied records', es: 'los expedientes negados' },
  iee_request_ignored: { en: 'the ignored IEE request', es: 'la solicitud de IEE ignorada' },
  discipline: { en: 'discipline', es: 'la disciplina' },
  disability_discrimination: {
    en: 'disability discrimination',
    es: 'la discriminación por discapacidad',
  },
};

/** Short names of the paths. */
export const PATH_LABELS: { readonly [P in Path]: LocalizedText } = {
  iep_meeting: { en: 'a team meeting', es: 'una reunión del equipo' },
  mediation: { en: 'mediation', es: 'la mediación' },
  state_complaint: { en: 'a state complaint', es: 'una queja estatal' },
  due_process: { en: 'a due process hearing', es: 'una audiencia de debido proceso' },
  mediation_with_due_process: {
    en: 'due process with mediation',
    es: 'debido proceso con mediación',
  },
  expedited_due_process: { en: 'an expedited hearing', es: 'una audiencia acelerada' },
  section_504_hearing: { en: 'a 504 hearing', es: 'una audiencia 504' },
  ocr_complaint: { en: 'an OCR complaint', es: 'una queja ante la OCR' },
  records_request: { en: 'a records request', es: 'una solicitud de expedientes' },
  iee_request: { en: 'an IEE request', es: 'una solicitud de IEE' },
  pwn_request: { en: 'a request for written notice', es: 'una solicitud de aviso por escrito' },
};
