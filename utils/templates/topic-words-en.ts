/** The topics' words in English (see `topic-words.ts`). */
import { on, type TopicWording } from './topic-wording';

const ORDER_EN = ['the order number and date'];

export const EN: Record<string, TopicWording> = {
  'product-question': {
    subject: (f) => on('A question about the product', f.product, ' '),
    ask: 'Could you please tell me …',
    checklist: ['what exactly you want to know'],
  },
  'seller-size': {
    subject: (f) => on('A question about size', f.product, ' '),
    ask: 'Could you please help me choose the size: which measurements match which sizes, and does it run small, large or true to size?',
    checklist: ['your measurements (height, chest, foot length)', 'the size you usually wear'],
  },
  'seller-colour': {
    subject: (f) => on('A question about colour', f.product, ' '),
    ask: 'Could you please tell me what colour the item really is, whether it matches the photos, and which other colours are in stock?',
    checklist: ['the colour you need'],
  },
  'seller-expiry': {
    subject: (f) => on('A question about the expiry date', f.product, ' '),
    ask: 'Could you please tell me the expiry date of the items you are selling now?',
    checklist: ['the date it must keep until'],
  },
  'seller-delivery': {
    subject: (f) => on('Delivery time and cost', f.product, ' '),
    ask: 'Could you please tell me how many days delivery of this item takes, what it costs, and where it ships from?',
    checklist: ['your town or pickup point', 'by when you need it'],
  },
  'seller-bulk-discount': {
    subject: (f) => on('A bulk purchase', f.product, ' '),
    ask: 'I would like to buy … of this item. Is there a discount for buying several, and on what terms?',
    checklist: ['how many you want to buy'],
  },
  'order-to-seller': {
    subject: (f) => on('A question about order', f.order, ' '),
    ask: 'Could you please tell me …',
    checklist: [...ORDER_EN, 'which item of the order', 'what exactly you want to know'],
  },
  'order-payment': {
    subject: (f) => on('Placing and paying for an order', f.order),
    ask: 'Something went wrong with paying for the order: …. Please tell me what happened to the payment and what I should do.',
    checklist: [...ORDER_EN, 'the payment method', 'a receipt or statement with the amount and time of payment'],
  },
  'delivery-status': {
    subject: (f) => on('Where is my order', f.order, ' ') + '?',
    ask: 'Could you please tell me where the order is now and when it will be delivered?',
    checklist: [...ORDER_EN, 'the delivery address or pickup point'],
  },
  'delivery-late': {
    subject: (f) => on('The delivery date has passed', f.order && `order ${f.order}`),
    ask:
      'The delivery date has passed and the order has not reached me. Please tell me where it is and when ' +
      'it will be delivered. If it cannot be delivered, please cancel the order and refund the money.',
    checklist: [...ORDER_EN, 'the promised delivery date', 'a screenshot of the order page'],
  },
  'order-missing': {
    subject: (f) => on('The order is not in my account', f.order && `order ${f.order}`),
    ask: 'I placed and paid for an order, but it does not appear in my account. Please check what happened to it.',
    checklist: [...ORDER_EN, 'the receipt or order e-mail', 'the account’s phone or e-mail'],
  },
  'no-tracking': {
    subject: (f) => on('No tracking', f.order && `order ${f.order}`),
    ask: 'The order has no tracking: its status does not change. Please tell me where it is and when it will be delivered.',
    checklist: [...ORDER_EN, 'a screenshot of the order page'],
  },
  'locker-not-delivered': {
    subject: (f) => on('The order has not reached the parcel locker', f.order && `order ${f.order}`),
    ask: 'The order should have arrived at the parcel locker, but it is not there. Please tell me where it is and when it will be delivered.',
    checklist: [...ORDER_EN, 'the locker’s address', 'the promised delivery date'],
  },
  'pickup-hours': {
    subject: (f) => on('No opening hours for the pickup point', f.order && `order ${f.order}`),
    ask: 'The pickup point holding my order shows no current opening hours. Please tell me when it is open or how to collect the order elsewhere.',
    checklist: [...ORDER_EN, 'the pickup point’s address'],
  },
  'russian-post': {
    subject: (f) => on('Delivery by Russian Post', f.order && `order ${f.order}`),
    ask:
      'The order is delivered by Russian Post, and the parcel has not reached me: …. I have checked the delivery ' +
      'address in the order, and it is right. Please tell me where the parcel is and how to collect it.',
    checklist: [...ORDER_EN, 'the delivery address in the order (check it)', 'the Russian Post tracking number'],
  },
  damaged: {
    subject: (f) => on('The item arrived damaged', f.order && `order ${f.order}`),
    ask: 'The item arrived damaged: …. I will attach photos of the item and the packaging. Please replace the item or refund the money.',
    checklist: [...ORDER_EN, 'photos of the item and the packaging', 'a photo of the label with the article'],
  },
  return: {
    subject: (f) => on('Returning an item', f.order && `order ${f.order}`),
    ask: 'I would like to return the item, because …. Please tell me how to arrange the return and when I will get the money back.',
    checklist: [...ORDER_EN, 'the date you received it', 'the reason for the return', 'the receipt'],
  },
  'refund-missing': {
    subject: (f) => on('The refund has not arrived', f.order && `order ${f.order}`),
    ask: 'I returned the item, but the money has still not arrived. Please tell me when and where it will be paid.',
    checklist: [...ORDER_EN, 'the date of the return', 'the return request number'],
  },
  'courier-complaint': {
    subject: (f) => on('A complaint about the delivery', f.order && `order ${f.order}`),
    ask: 'I would like to complain about how this order was delivered: …. Please look into it and tell me what will be done.',
    checklist: [...ORDER_EN, 'the date and time', 'the pickup point’s address or the courier’s name'],
  },
  'self-service': {
    subject: (f) => on('Changing or cancelling an order', f.order && `order ${f.order}`),
    ask: 'I cannot … in my account. Please help me do it.',
    checklist: [...ORDER_EN, 'what to change: address, date, items, or cancel', 'try it yourself first: «Мои заказы» → the order'],
  },
  warranty: {
    subject: (f) => on('Warranty repair', f.order && `order ${f.order}`),
    ask: 'The item broke within its warranty: …. Please accept it for warranty repair and tell me where and how to hand it in.',
    checklist: [...ORDER_EN, 'a description of the fault', 'the warranty card or receipt'],
  },
  'stock-characteristics': {
    subject: (f) => on('Stock and characteristics', f.product, ' '),
    ask: 'Could you please tell me whether this item is in stock? I would also like to know …',
    checklist: ['which characteristic matters to you'],
  },
  'promo-bonus': {
    subject: () => 'Promo code and bonus points',
    ask: 'I could not use a discount: …. Please tell me why, and how to put it right.',
    checklist: ['the promo code or the points', 'the order number, if there was one', 'the promotion’s terms'],
  },
  technical: {
    subject: () => 'The site or the app does not work',
    ask: 'I cannot …: an error appears. Please help me sort it out.',
    checklist: ['what you did and what you saw', 'a screenshot of the error', 'the browser or app version'],
  },
  'account-access': {
    subject: () => 'No access to my account',
    ask: 'I cannot log in to my account: …. Please help me restore access.',
    checklist: ['the account’s phone or e-mail', 'what happens when you log in'],
  },
  'ethics-report': {
    subject: () => 'Report of misconduct',
    ask: 'I would like to report misconduct connected with Ozon: …',
    checklist: ['what happened, where and when', 'evidence, if any', 'whether to leave contacts is up to you'],
  },
  defect: {
    subject: (f) => on('A defect', f.order && `order ${f.order}`),
    ask: 'The item turned out to be defective: …. I will attach photos. Please refund the money or replace the item with a sound one.',
    checklist: [...ORDER_EN, 'what the defect is and when it showed', 'photos or a video of the defect', 'the receipt or warranty card'],
  },
  'wrong-item': {
    subject: (f) => on('The wrong item, or not all of it', f.order && `order ${f.order}`),
    ask: 'What came is not what I ordered: …. I will attach photos. Please deliver what I ordered or refund the money.',
    checklist: [...ORDER_EN, 'what came and what is missing', 'photos of what came and of the label'],
  },
};
