// Spanish customers from Spain and Latin America. Luis answers in office hours
// (New York), Sam overnight; the routing rule requires a Spanish speaker.
import { a, c, img, n, rule, tag, type ThreadScript } from '../thread-script';

export const esThreads: ThreadScript[] = [
  {
    ch: 'whatsapp', lang: 'es', ago: 6, sev: 3,
    who: { name: 'Lucía Fernández' },
    tags: [rule('sales_lead', 'asks for a quote for 120 jackets for a school')],
    handoff: { to: 'luis', note: 'Colegio Alhambra (Granada): 120 Cirrus chaquetas para excursiones, tallas infantiles y adultas, para septiembre. Pide presupuesto y descuento para colegios. Lucía prefers WhatsApp.' },
    msgs: [
      c('Hola, buenas noches. Soy profesora en un colegio de Granada y buscamos 120 chaquetas impermeables para las excursiones del curso que viene. ¿Nos podéis pasar un presupuesto?'),
      a('sam', '¡Hola Lucía! Muchas gracias por escribirnos. Sí, tenemos precios especiales para colegios. ¿Qué tallas necesitáis más o menos y para cuándo?', 12),
      c('Unas 90 de niño (8-12 años) y 30 de adulto. Para principios de septiembre 🙏', 6),
      a('sam', 'Perfecto. Le paso todo a mi compañero Luis, de ventas, que te escribirá hoy con el presupuesto. ¡Buenas noches!', 4),
    ],
  },
  {
    ch: 'x', lang: 'es', ago: 0.88, sev: 1, crisis: true, why: 'outage affecting many customers: checkout payments fail',
    who: { name: 'Pablo Ruiz', handle: '@pablo_ruiz_mtb', followers: 2800 },
    tags: [tag('incident', 0.85, 'same checkout error as the other reports this morning')],
    msgs: [c('@NorthwindHelp no puedo pagar, me sale "Payment could not be processed" una y otra vez 😡 ¿está caída la web?')],
  },
  {
    ch: 'instagram', lang: 'es', ago: 23, sev: 4,
    who: { name: 'Marta Gil', handle: '@martagil.trekking', followers: 8700 },
    tags: [tag('ugc', 0.94, 'photo in the Picos de Europa with the Ridgeline')],
    msgs: [c('Picos de Europa con mi Ridgeline nueva 😍⛰️ aguantó la niebla y el viento como una campeona @northwindoutfitters', 0, [img('picos_marta.jpg')])],
  },
  {
    ch: 'messenger', lang: 'es', ago: 15, sev: 3,
    who: { name: 'Javier Moreno' },
    tags: [tag('technical_issue', 0.87, 'sign-in code never arrives')],
    msgs: [c('No me llega el código para iniciar sesión en la app. Lo he pedido 4 veces 🤷‍♂️')],
  },
  {
    ch: 'email', lang: 'es', ago: 28, sev: 3,
    who: { name: 'Carmen López', email: 'carmen.lopez@example.com' },
    subject: 'Solicitud de reembolso – pedido NW-480777',
    tags: [rule('refund_request', 'asks for a refund on a returned order')],
    msgs: [c(`Hola,

Devolví el saco de dormir del pedido NW-480777 hace dos semanas y todavía no he recibido el reembolso. Adjunto el justificante de Correos.

Un saludo,
Carmen López`, 0, [img('justificante_correos.jpg')])],
  },
  {
    ch: 'chat', lang: 'es', ago: 1.6, sev: 4,
    who: { name: 'Visitante 6620' },
    tags: [],
    msgs: [c('¿Hacen envíos a México? ¿Cuánto tarda y cuánto cuesta?')],
  },
  {
    ch: 'whatsapp', lang: 'es', ago: 32, sev: 3,
    who: { name: 'Álvaro Sánchez' },
    tags: [tag('shipping_delay', 0.86, 'parcel stuck with the carrier for ten days')],
    msgs: [c('Buenas, mi pedido lleva 10 días parado en Correos y en la web pone "en tránsito". ¿Me podéis decir algo?')],
  },
  {
    ch: 'x', lang: 'es', ago: 40, sev: 3,
    who: { name: 'Sergio Vidal', handle: '@sergiovidal', followers: 1100 },
    tags: [tag('feature_request', 0.9, 'asks for the app in Spanish')],
    msgs: [c('@NorthwindHelp ¿para cuándo la app en español? 🙏 la uso a diario pero mi padre no se aclara')],
  },
  {
    ch: 'email', lang: 'es', ago: 76, sev: 3, status: 'resolved', to: 'luis',
    who: { name: 'Club de Montaña Peñalara', email: 'material@cmpenalara.example' },
    subject: 'Presupuesto para 30 forros polares',
    tags: [rule('sales_lead', 'asks for a quote for 30 club fleeces')],
    msgs: [
      c('Hola, somos un club de montaña de Madrid. ¿Nos podríais hacer un presupuesto para 30 forros polares Basecamp con nuestro logo bordado?'),
      a('luis', 'Hola, ¡gracias por escribirnos! Para 30 forros Basecamp con logo bordado el precio es 41 € por unidad, envío incluido, con entrega en 3 semanas. Os adjunto el presupuesto. Luis', 6 * 60),
      c('Perfecto, adelante. Os mandamos el logo y las tallas.', 20 * 60),
      n('luis', 'Pedido NW-T-1131 creado, logo recibido.', 4 * 60),
    ],
  },
  {
    ch: 'instagram', lang: 'es', ago: 8, sev: 2, why: 'strongly angry message from an account with 71k followers',
    who: { name: 'Marta Montaña', handle: '@montanaconmarta', followers: 71300, verified: true },
    tags: [tag('refund_request', 0.48, 'jacket failed on first use')],
    msgs: [c('Mi chaqueta nueva de 230€ se rompió en la primera salida. La costura del hombro abierta entera. Vergüenza de calidad. Y encima nadie contesta 😤', 0, [img('costura_rota.jpg')])],
  },
  {
    ch: 'messenger', lang: 'es', ago: 55, sev: 4, status: 'resolved', to: 'sam',
    who: { name: 'Raúl Castro' },
    tags: [],
    msgs: [
      c('Hola, mido 1,78 y peso 75 kg, ¿qué talla me recomendáis en la Summit?'),
      a('sam', '¡Hola Raúl! Con esas medidas te quedaría bien una M, con espacio para un forro debajo. Si no te queda bien, el cambio es gratis.', 10),
      c('Genial, gracias!', 5),
    ],
  },
  {
    ch: 'chat', lang: 'es', ago: 3.8, sev: 3,
    who: { name: 'Visitante 4152' },
    tags: [tag('technical_issue', 0.88, 'app closes when opening the map')],
    msgs: [c('La app se cierra cada vez que abro el mapa de rutas. Tengo un Xiaomi Redmi Note 12')],
  },
  {
    ch: 'sms', lang: 'es', ago: 10, sev: 3,
    who: { name: 'María Hernández', phone: '+15555550143' },
    tags: [tag('shipping_delay', 0.7, 'marked delivered but not received')],
    msgs: [c('Hola, mi pedido dice entregado pero no lo tengo. Ya revisé con el conserje')],
  },
  {
    ch: 'sms', lang: 'es', ago: 0.7, sev: 4,
    who: { name: 'Diego Ramírez', phone: '+15555550187' },
    tags: [],
    msgs: [c('Hola quiero cambiar la talla de mis botas, pedido NW-482660. De 42 a 43')],
  },
  {
    ch: 'email', lang: 'es', ago: 4.5, sev: 3,
    who: { name: 'Fernanda Ortiz', email: 'fernanda@rutasdelsur.example' },
    subject: 'Colaboración y pedido para guías – Rutas del Sur (México)',
    tags: [tag('sales_lead', 0.9, 'tour company wants 40 guide jackets and a partnership')],
    msgs: [c(`Hola,

Somos Rutas del Sur, una agencia de trekking en Oaxaca. Queremos equipar a nuestros 40 guías con chaquetas impermeables y nos interesaría una colaboración (fotos de nuestras rutas con vuestro equipo).

¿Tenéis precios para empresas y envío a México?

Saludos,
Fernanda Ortiz`)],
  },
  {
    ch: 'whatsapp', lang: 'es', ago: 62, sev: 3, status: 'snoozed', snooze: 20, to: 'luis',
    who: { name: 'Andrés Molina' },
    tags: [tag('refund_request', 0.57, 'sleeping bag zip broken, asks for a replacement')],
    msgs: [
      c('Hola, la cremallera del saco de dormir se ha roto en el segundo uso. ¿Me lo cambiáis?'),
      a('luis', 'Hola Andrés, ¡claro que sí! ¿Me mandas una foto de la cremallera y de la etiqueta interior?', 3 * 60),
      c('Mañana te las mando que estoy fuera 👍', 40),
      n('luis', 'Snoozed until he sends photos.', 1),
    ],
  },
  {
    ch: 'api', lang: 'es', ago: 45, sev: 4,
    who: { name: 'Nuria (Google reseña)', handle: 'google:nuria-es-502' },
    subject: '★★★★★ Sierra Nevada',
    tags: [tag('ugc', 0.81, 'review with a photo from Sierra Nevada')],
    msgs: [c('Subimos al Mulhacén con la tienda Fjell y de diez. Os dejo una foto del amanecer desde el refugio.', 0, [img('mulhacen.jpg')])],
  },
  {
    ch: 'messenger', lang: 'es', ago: 0.1, sev: 4, untriaged: true,
    who: { name: 'Inés Navarro' },
    tags: [],
    msgs: [c('Hola? hay alguien? tengo una duda con un pedido')],
  },
];
